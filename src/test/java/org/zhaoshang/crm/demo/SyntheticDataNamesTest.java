package org.zhaoshang.crm.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.zhaoshang.crm.company.CreditCode;

class SyntheticDataNamesTest {

    private static final List<String> INDUSTRIES = List.of("HGS-JK", "HGS-WLIU", "LCI-SP", "LCI-XCL", "LCI-ZZ", "NEW-CODE");
    private static final List<String> CITIES = List.of("郑州", "杭州", "上海");

    @Test
    void theSameSeedGivesTheSameNames() {
        assertThat(names(42, 500)).isEqualTo(names(42, 500));
    }

    @Test
    void anotherSeedGivesOtherNames() {
        assertThat(names(42, 200)).isNotEqualTo(names(43, 200));
    }

    @Test
    void companyNamesAreChineseAndEndInALegalForm() {
        SplittableRandom random = new SplittableRandom(7);
        for (int i = 0; i < 2_000; i++) {
            String name = company(random);
            assertThat(name).matches("[\\p{IsHan}（）]+");
            assertThat(SyntheticNames.LEGAL_FORMS).anyMatch(name::endsWith);
        }
    }

    @Test
    void companyNamesRarelyRepeatSoTheGeneratorSeldomRedraws() {
        SplittableRandom random = new SplittableRandom(11);
        Set<String> distinct = new HashSet<>();
        for (int i = 0; i < 10_000; i++) {
            distinct.add(company(random));
        }
        assertThat(distinct).hasSizeGreaterThan(9_500);
    }

    @Test
    void brandsShareCommonSyllablesSoThatAFragmentSearchFindsMany() {
        SplittableRandom random = new SplittableRandom(3);
        long withTheCommonestFirstSyllable = 0;
        for (int i = 0; i < 10_000; i++) {
            if (SyntheticNames.brand(random).startsWith(SyntheticNames.FIRST_SYLLABLES.getFirst())) {
                withTheCommonestFirstSyllable++;
            }
        }
        assertThat(withTheCommonestFirstSyllable).isBetween(500L, 2_000L);
    }

    @Test
    void projectNamesStartWithTheCompanysBrand() {
        SplittableRandom random = new SplittableRandom(5);
        for (String industry : INDUSTRIES) {
            for (int i = 0; i < 200; i++) {
                String brand = SyntheticNames.brand(random);
                assertThat(SyntheticNames.projectName(random, brand, industry)).startsWith(brand).hasSizeGreaterThan(brand.length() + 1);
            }
        }
    }

    @Test
    void creditCodesAreValid() {
        SplittableRandom random = new SplittableRandom(9);
        for (int i = 0; i < 1_000; i++) {
            String code = SyntheticNames.creditCode(random, CITIES.get(i % CITIES.size()));
            assertThat(CreditCode.isValid(code)).as(code).isTrue();
            assertThat(code).startsWith("91");
        }
        assertThat(SyntheticNames.creditCode(random, "郑州")).startsWith("914101");
    }

    private static List<String> names(long seed, int count) {
        SplittableRandom random = new SplittableRandom(seed);
        List<String> names = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            String brand = SyntheticNames.brand(random);
            String trade = SyntheticNames.trade(random, INDUSTRIES.get(i % INDUSTRIES.size()));
            names.add(SyntheticNames.companyName(random, brand, CITIES.get(i % CITIES.size()), trade));
            names.add(SyntheticNames.shortName(random, brand, trade));
            names.add(SyntheticNames.projectName(random, brand, INDUSTRIES.get(i % INDUSTRIES.size())));
        }
        return names;
    }

    private static String company(SplittableRandom random) {
        String brand = SyntheticNames.brand(random);
        String trade = SyntheticNames.trade(random, INDUSTRIES.get(random.nextInt(INDUSTRIES.size())));
        return SyntheticNames.companyName(random, brand, CITIES.get(random.nextInt(CITIES.size())), trade);
    }
}
