package org.sunshineledger.trace;

import org.sunshineledger.asset.AssetId;
import org.sunshineledger.fund.BlockId;
import org.sunshineledger.fund.FundId;
import org.sunshineledger.fund.FundSourceKind;
import org.sunshineledger.money.Money;
import org.sunshineledger.project.ProjectId;
import org.sunshineledger.region.TownshipId;

/**
 * One path of money through the chain: this much of a fund, cut into this township's block, drawn
 * by this project, formed this asset (null where the money has not reached an asset yet).
 *
 * @param fund the fund
 * @param source the fund's source
 * @param block the township block
 * @param township the block's township
 * @param project the project
 * @param asset the asset, or null
 * @param amount how much went this way
 */
public record TracePath(
    FundId fund,
    FundSourceKind source,
    BlockId block,
    TownshipId township,
    ProjectId project,
    AssetId asset,
    Money amount) {}
