package org.zhaoshang.crm.company;

/**
 * Two company records were found to be the same company: everything that referred to {@code mergedId}
 * must now refer to {@code survivorId}. Published inside the merge transaction; listeners move their rows
 * in it, so a merge is all or nothing.
 */
public record CompaniesMerged(Long survivorId, Long mergedId) {
}
