/**
 * 企业库: companies (investors) and their contacts; the credit-code check, duplicate warnings and the
 * ADMIN merge. Projects and visits refer to companies by id; a merge is announced with
 * {@link org.zhaoshang.crm.company.CompaniesMerged} so those features move their rows in the same
 * transaction. Uses org (cities, industries), security and base.
 */
package org.zhaoshang.crm.company;
