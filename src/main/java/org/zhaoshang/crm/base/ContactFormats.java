package org.zhaoshang.crm.base;

import java.util.regex.Pattern;

/** The checks every e-mail address and phone number in the CRM passes (users, company contacts). */
public final class ContactFormats {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    /** Landlines with area code (0371-12345678), mobiles (13800138000), +86 prefixes, extensions with dashes. */
    private static final Pattern PHONE = Pattern.compile("[0-9+\\-() ]{7,20}");

    private ContactFormats() {
    }

    /** Refuses a malformed e-mail address with {@code validation.email}; blank means "none". */
    public static String email(String value) {
        String email = value == null || value.isBlank() ? null : value.strip();
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw new BusinessException("validation.email", email);
        }
        return email;
    }

    /** Refuses a malformed phone number with {@code validation.phone}; blank means "none". */
    public static String phone(String value) {
        String phone = value == null || value.isBlank() ? null : value.strip();
        if (phone != null && (!PHONE.matcher(phone).matches() || phone.chars().filter(Character::isDigit).count() < 7)) {
            throw new BusinessException("validation.phone", phone);
        }
        return phone;
    }
}
