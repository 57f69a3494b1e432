package org.sunshineledger.income;

import java.math.BigDecimal;
import org.sunshineledger.money.Money;
import org.sunshineledger.registry.HouseholdId;

/**
 * What one household receives from a distribution, and why.
 *
 * @param household the household
 * @param weight its weight under the policy
 * @param amount its payout, exact to the fen
 * @param basis the reason in words, for example 无劳动能力 1 份 + 老弱病残 2 人
 */
public record Payout(HouseholdId household, BigDecimal weight, Money amount, String basis) {}
