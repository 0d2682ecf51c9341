/**
 * Authentication and authorisation: Spring Security configuration, the login view, the signed-in user
 * ({@link org.zhaoshang.crm.security.CurrentUser}), lock-out after failed logins, and the system actor that
 * scheduled jobs run as. Uses org (accounts) and base.
 */
package org.zhaoshang.crm.security;
