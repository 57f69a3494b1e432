/**
 * Income distribution (收益分配, §5, §13, §17): an asset's income for a period is split into a
 * collective part — to the village poverty fund (村扶贫基金) or the filial elderly-care fund (孝善养老基金) —
 * and a household part in which households without labour ability and the old, sick and disabled
 * weigh more (倾斜), and households with labour ability are paid for recorded public-welfare work
 * days (有劳才有得、多劳多得). The parts add up to the income, to the fen.
 */
package org.sunshineledger.income;
