package org.sunshineledger.asset;

import java.util.List;
import java.util.Optional;
import org.sunshineledger.project.ProjectId;

/**
 * The assets an embedding system keeps (扶贫资产台账): the repository port of the {@link Asset}
 * aggregate, implemented over the embedder's own storage.
 *
 * <p>{@link #save(Asset)} stores the whole asset with its ledger or nothing; what {@link
 * #find(AssetId)} returns is the asset as last saved and is not stored again until saved; the
 * ledger only grows, so an implementation may append the entries it has not stored yet.
 */
public interface Assets {
  /**
   * Hands out an id no stored or earlier handed-out asset has.
   *
   * @return a fresh id
   */
  AssetId nextId();

  /**
   * The asset stored under an id.
   *
   * @param id its id
   * @return the asset as last saved, or empty when none is stored under the id
   */
  Optional<Asset> find(AssetId id);

  /**
   * The assets a project built (项目形成的资产), to trace a project's money to what it left.
   *
   * @param project the project
   * @return those assets in id order, none when it built none
   */
  List<Asset> builtBy(ProjectId project);

  /**
   * Stores the whole asset, replacing what was stored under its id.
   *
   * @param asset the asset
   */
  void save(Asset asset);
}
