package org.sunshineledger.registry;

import java.util.List;
import java.util.Optional;
import org.sunshineledger.region.VillageId;

/**
 * The registered households an embedding system keeps (建档立卡户档案): the repository port of the {@link
 * Household} aggregate, implemented over the embedder's own storage.
 *
 * <p>{@link #save(Household)} stores the whole household — members, incomes, guarantee checks, risk
 * events, markers and status history — or nothing; what {@link #find(HouseholdId)} returns is the
 * household as last saved and is not stored again until saved. The registry holds personal data: an
 * implementation keeps it where only officials read it, and anything shown to the public goes
 * through {@code Masking} first.
 */
public interface Households {
  /**
   * Hands out an id no stored or earlier handed-out household has.
   *
   * @return a fresh id
   */
  HouseholdId nextId();

  /**
   * The household stored under an id.
   *
   * @param id its id
   * @return the household as last saved, or empty when none is stored under the id
   */
  Optional<Household> find(HouseholdId id);

  /**
   * The household whose head has an ID number (身份证号), to match the embedder's own records.
   *
   * @param idNumber the head's resident ID number
   * @return the household, or empty when no household's head has it
   */
  Optional<Household> withIdNumber(String idNumber);

  /**
   * The households registered in a village, the village's roll for its 一户一档.
   *
   * @param village the village
   * @return those households in id order, none when it has none
   */
  List<Household> inVillage(VillageId village);

  /**
   * Stores the whole household, replacing what was stored under its id.
   *
   * @param household the household
   */
  void save(Household household);
}
