-- Reference data from the district handbook (shared/domain.md): units, areas, the two-wheel industry tree, cities.
-- Reference data, not demo data: production starts with it too. ADMIN edits it in the app afterwards.

INSERT INTO unit (code, name, type, sort_order, active, version, created_at, updated_at) VALUES
    ('FGW', '区发改委', 'DISTRICT_DEPARTMENT', 10, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('SWJ', '区商务局', 'DISTRICT_DEPARTMENT', 20, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('GXJ', '区工信局', 'DISTRICT_DEPARTMENT', 30, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('JRZX', '区金融工作中心', 'DISTRICT_DEPARTMENT', 40, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('ZRGH', '区自然资源规划分局', 'DISTRICT_DEPARTMENT', 50, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('WLJ', '区文化广电和旅游局', 'DISTRICT_DEPARTMENT', 60, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('LYJ', '区林业局', 'DISTRICT_DEPARTMENT', 70, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('CZJ', '区财政局', 'DISTRICT_DEPARTMENT', 80, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('ZJJ', '区住房和城乡建设局', 'DISTRICT_DEPARTMENT', 90, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('SJJ', '区市场监督管理局', 'DISTRICT_DEPARTMENT', 100, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('DSJ', '区大数据管理中心', 'DISTRICT_DEPARTMENT', 110, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('HHL', '淮河路街道', 'TOWN', 120, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('JFL', '解放路街道', 'TOWN', 130, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('MGL', '铭功路街道', 'TOWN', 140, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('YML', '一马路街道', 'TOWN', 150, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('MFZ', '蜜蜂张办事处', 'TOWN', 160, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('WLB', '五里堡街道', 'TOWN', 170, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('DXL', '大学路街道', 'TOWN', 180, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('JZJ', '建中街街道', 'TOWN', 190, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('FHJ', '福华街街道', 'TOWN', 200, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('DHJ', '德化街街道', 'TOWN', 210, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('SSL', '嵩山路街道', 'TOWN', 220, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('JGL', '京广路街道', 'TOWN', 230, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('CJL', '长江路街道', 'TOWN', 240, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('RHL', '人和路街道', 'TOWN', 250, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('JSY', '金水源办事处', 'TOWN', 260, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('HZX', '侯寨乡', 'TOWN', 270, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('MZZ', '马寨镇', 'TOWN', 280, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('JKQ', '二七经开区管委会', 'MANAGEMENT_COMMITTEE', 290, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('YTG', '樱桃沟景区管委会', 'MANAGEMENT_COMMITTEE', 300, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('CBD', '中央商务区指挥部', 'HEADQUARTERS', 310, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('LEK', '粮二库专班', 'TASK_FORCE', 320, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('ZBJ', '驻北京招商组', 'STATIONED_TEAM', 330, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('ZSH', '驻上海招商组', 'STATIONED_TEAM', 340, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('ZGZ', '驻广州招商组', 'STATIONED_TEAM', 350, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));

INSERT INTO area (code, name, parent_id, description, sort_order, active, version, created_at, updated_at) VALUES ('JKQ', '二七经开区', NULL, '马寨产业集聚区，低碳科技型工业主载体', 10, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO area (code, name, parent_id, description, sort_order, active, version, created_at, updated_at) VALUES ('MZ', '马寨镇', NULL, NULL, 20, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO area (code, name, parent_id, description, sort_order, active, version, created_at, updated_at) VALUES ('HZ', '侯寨乡', NULL, '新老镇区', 30, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO area (code, name, parent_id, description, sort_order, active, version, created_at, updated_at) VALUES ('BGM', '八卦庙片区', NULL, NULL, 40, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO area (code, name, parent_id, description, sort_order, active, version, created_at, updated_at) VALUES ('YTG', '樱桃沟景区', NULL, '文旅项目集中区', 50, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO area (code, name, parent_id, description, sort_order, active, version, created_at, updated_at) VALUES ('CBD', '中央商务区', NULL, '楼宇经济、总部经济', 60, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO area (code, name, parent_id, description, sort_order, active, version, created_at, updated_at) VALUES ('DXL', '大学路健康产业带', NULL, '健康服务业“六医”集聚', 70, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO area (code, name, parent_id, description, sort_order, active, version, created_at, updated_at) VALUES ('XQ', '新区', NULL, NULL, 80, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO area (code, name, parent_id, description, sort_order, active, version, created_at, updated_at) VALUES ('XQ-JK', '健康产业核心板块', (SELECT id FROM (SELECT id FROM area WHERE code = 'XQ') parent), NULL, 90, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO area (code, name, parent_id, description, sort_order, active, version, created_at, updated_at) VALUES ('XQ-HQC', '华侨城文旅板块', (SELECT id FROM (SELECT id FROM area WHERE code = 'XQ') parent), NULL, 100, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO area (code, name, parent_id, description, sort_order, active, version, created_at, updated_at) VALUES ('XQ-ZB', '总部经济板块', (SELECT id FROM (SELECT id FROM area WHERE code = 'XQ') parent), NULL, 110, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO area (code, name, parent_id, description, sort_order, active, version, created_at, updated_at) VALUES ('ZW', '中物产业园', NULL, NULL, 120, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO area (code, name, parent_id, description, sort_order, active, version, created_at, updated_at) VALUES ('ZT', '郑投产业园', NULL, NULL, 130, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO area (code, name, parent_id, description, sort_order, active, version, created_at, updated_at) VALUES ('LEK', '粮二库片区', NULL, '城市更新', 140, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));

INSERT INTO industry (code, name, parent_id, sort_order, active, version, created_at, updated_at) VALUES ('HGS', '高成长服务业', NULL, 10, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO industry (code, name, parent_id, sort_order, active, version, created_at, updated_at) VALUES ('HGS-JK', '健康服务业', (SELECT id FROM (SELECT id FROM industry WHERE code = 'HGS') parent), 20, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO industry (code, name, parent_id, sort_order, active, version, created_at, updated_at) VALUES ('HGS-LY', '楼宇经济', (SELECT id FROM (SELECT id FROM industry WHERE code = 'HGS') parent), 30, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO industry (code, name, parent_id, sort_order, active, version, created_at, updated_at) VALUES ('HGS-PT', '平台经济', (SELECT id FROM (SELECT id FROM industry WHERE code = 'HGS') parent), 40, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO industry (code, name, parent_id, sort_order, active, version, created_at, updated_at) VALUES ('HGS-ZB', '总部经济', (SELECT id FROM (SELECT id FROM industry WHERE code = 'HGS') parent), 50, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO industry (code, name, parent_id, sort_order, active, version, created_at, updated_at) VALUES ('HGS-WL', '文化旅游', (SELECT id FROM (SELECT id FROM industry WHERE code = 'HGS') parent), 60, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO industry (code, name, parent_id, sort_order, active, version, created_at, updated_at) VALUES ('HGS-WLIU', '现代物流', (SELECT id FROM (SELECT id FROM industry WHERE code = 'HGS') parent), 70, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO industry (code, name, parent_id, sort_order, active, version, created_at, updated_at) VALUES ('HGS-SZ', '数字经济', (SELECT id FROM (SELECT id FROM industry WHERE code = 'HGS') parent), 80, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO industry (code, name, parent_id, sort_order, active, version, created_at, updated_at) VALUES ('HGS-SM', '商贸', (SELECT id FROM (SELECT id FROM industry WHERE code = 'HGS') parent), 90, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO industry (code, name, parent_id, sort_order, active, version, created_at, updated_at) VALUES ('LCI', '低碳科技型工业', NULL, 100, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO industry (code, name, parent_id, sort_order, active, version, created_at, updated_at) VALUES ('LCI-SP', '食品', (SELECT id FROM (SELECT id FROM industry WHERE code = 'LCI') parent), 110, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO industry (code, name, parent_id, sort_order, active, version, created_at, updated_at) VALUES ('LCI-XCL', '新材料', (SELECT id FROM (SELECT id FROM industry WHERE code = 'LCI') parent), 120, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO industry (code, name, parent_id, sort_order, active, version, created_at, updated_at) VALUES ('LCI-QN', '氢能/新能源', (SELECT id FROM (SELECT id FROM industry WHERE code = 'LCI') parent), 130, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO industry (code, name, parent_id, sort_order, active, version, created_at, updated_at) VALUES ('LCI-ZZ', '智能制造', (SELECT id FROM (SELECT id FROM industry WHERE code = 'LCI') parent), 140, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO industry (code, name, parent_id, sort_order, active, version, created_at, updated_at) VALUES ('LCI-YLQX', '医疗器械', (SELECT id FROM (SELECT id FROM industry WHERE code = 'LCI') parent), 150, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO industry (code, name, parent_id, sort_order, active, version, created_at, updated_at) VALUES ('LCI-DZ', '5G/电子信息', (SELECT id FROM (SELECT id FROM industry WHERE code = 'LCI') parent), 160, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO industry (code, name, parent_id, sort_order, active, version, created_at, updated_at) VALUES ('URB', '城市更新', NULL, 170, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO industry (code, name, parent_id, sort_order, active, version, created_at, updated_at) VALUES ('URB-PQ', '片区综合开发', (SELECT id FROM (SELECT id FROM industry WHERE code = 'URB') parent), 180, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
INSERT INTO industry (code, name, parent_id, sort_order, active, version, created_at, updated_at) VALUES ('URB-AZF', '安置房/原址重建', (SELECT id FROM (SELECT id FROM industry WHERE code = 'URB') parent), 190, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));

INSERT INTO city (name, province, longitude, latitude, sort_order, active, version, created_at, updated_at) VALUES
    ('郑州', '河南', 113.625328, 34.746611, 10, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('杭州', '浙江', 120.155070, 30.274084, 20, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('宁波', '浙江', 121.549792, 29.868388, 30, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('上海', '上海', 121.473701, 31.230416, 40, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('南京', '江苏', 118.796877, 32.060255, 50, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('苏州', '江苏', 120.585316, 31.298886, 60, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('西安', '陕西', 108.940175, 34.341568, 70, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('成都', '四川', 104.065735, 30.659462, 80, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('北京', '北京', 116.407526, 39.904030, 90, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('天津', '天津', 117.200983, 39.084158, 100, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('广州', '广东', 113.264385, 23.129112, 110, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('深圳', '广东', 114.057868, 22.543099, 120, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('武汉', '湖北', 114.305393, 30.593099, 130, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('长沙', '湖南', 112.938814, 28.228209, 140, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('合肥', '安徽', 117.227239, 31.820586, 150, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('济南', '山东', 117.120000, 36.651200, 160, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('青岛', '山东', 120.382640, 36.067082, 170, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('太原', '山西', 112.549248, 37.857014, 180, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('重庆', '重庆', 106.551556, 29.563009, 190, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)),
    ('厦门', '福建', 118.089425, 24.479834, 200, TRUE, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6));
