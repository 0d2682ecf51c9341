/**
 * 领导驾驶舱 and the home page (工作台) of each role. Reads other features through their services only.
 * Uses org, security and base.
 */
package org.zhaoshang.crm.dashboard;
