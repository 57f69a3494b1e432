/**
 * The charity crowdfunding board (慈善众筹平台, §14): verified needs of households and villages,
 * donations of money and goods, pledges that reserve part of a donation for part of a need and are
 * followed to receipt, and unified matching (统一调配) that assigns pooled donations to open needs,
 * "广泛汇聚、统一调配社会扶贫物资，实现贫困人口生活需求与社会帮扶资源有效对接". A need is never over-pledged and a donation never
 * over-spent.
 */
package org.sunshineledger.charity;
