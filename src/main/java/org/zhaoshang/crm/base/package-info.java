/**
 * Shared kernel: the entity base class, the refusal types every feature throws, i18n, the database
 * set-up common to all profiles and the application shell (base.ui). Depends on no feature.
 */
@org.springframework.modulith.ApplicationModule(type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package org.zhaoshang.crm.base;
