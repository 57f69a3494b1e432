package org.sunshineledger.guide;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.sunshineledger.asset.Asset;
import org.sunshineledger.asset.AssetId;
import org.sunshineledger.asset.Assets;
import org.sunshineledger.project.ProjectId;

/** An in-memory implementation of the {@link Assets} port. */
final class InMemoryAssets implements Assets {
  private final Snapshots<AssetId, Asset> assets =
      new Snapshots<>(
          Asset::id,
          a ->
              Asset.restore(
                  a.id(),
                  a.project(),
                  a.name(),
                  a.rights(),
                  a.value(),
                  a.custodian(),
                  a.personInCharge(),
                  a.status(),
                  a.handedOver(),
                  a.ledger()),
          Comparator.comparingLong(a -> a.id().value()));

  @Override
  public AssetId nextId() {
    return new AssetId(assets.nextId());
  }

  @Override
  public Optional<Asset> find(AssetId id) {
    return assets.find(id);
  }

  @Override
  public List<Asset> builtBy(ProjectId project) {
    return assets.where(a -> a.project().equals(project));
  }

  @Override
  public void save(Asset asset) {
    assets.save(asset);
  }
}
