package org.sunshineledger.registry;

/**
 * A condition of exit that fails, in words an official can act on.
 *
 * @param code a stable code: {@code guarantee.SAFE_HOUSING}, {@code income.below-line}, {@code
 *     income.missing}
 * @param description the reason in Chinese, with the figures
 */
public record ExitCondition(String code, String description) {}
