/**
 * Funds and their allocation (资金与分配, §4, §5, §15): the yearly appropriations of each source —
 * central, provincial, municipal and district fiscal special funds (财政专项扶贫资金) and social sources
 * (国有企业捐赠, 百企帮百村, 慈善总会, 扶贫协作) — their split into township blocks by the factor method (因素法, 切块到镇),
 * and the rule that the district's own budget does not fall from one year to the next (§15).
 */
package org.sunshineledger.fund;
