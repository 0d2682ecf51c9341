package org.zhaoshang.crm.ledger.importing;

import org.zhaoshang.crm.base.BusinessException;

/**
 * The file cannot be imported at all: not a spreadsheet, corrupt, password-protected, too large, a zip bomb,
 * an encoding that cannot be read, no header. Nothing has been written when this is thrown; the message key
 * (under {@code ledgerimport.file.}) says in Chinese what to do.
 */
public class LedgerFileException extends BusinessException {

    public LedgerFileException(String messageKey, Object... arguments) {
        super(messageKey, arguments);
    }
}
