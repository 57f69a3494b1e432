package org.sunshineledger.portal.place;

import java.util.List;
import java.util.Map;
import org.sunshineledger.region.District;
import org.sunshineledger.region.DivisionCode;
import org.sunshineledger.region.Township;
import org.sunshineledger.region.Village;
import org.sunshineledger.region.VillageContact;
import org.sunshineledger.region.VillageDesignation;
import org.sunshineledger.region.VillageId;

/**
 * The district's places as published by {@code GET /api/v1/regions}.
 *
 * @param district the district's name, for example 峄城区
 * @param divisionCode the district's division code
 * @param townshipCount how many townships
 * @param villageCount how many villages and communities
 * @param townships the townships with their villages
 */
public record RegionsResponse(
    String district,
    String divisionCode,
    int townshipCount,
    int villageCount,
    List<TownshipView> townships) {

  /**
   * A township with its villages.
   *
   * @param id the ledger's id
   * @param divisionCode the statistical division code
   * @param name the name
   * @param kind TOWN or SUBDISTRICT
   * @param focus whether it is a focus township of §4
   * @param villages its villages
   */
  public record TownshipView(
      long id,
      String divisionCode,
      String name,
      String kind,
      boolean focus,
      List<VillageView> villages) {}

  /**
   * A village with its designations and public contact.
   *
   * @param id the ledger's id
   * @param divisionCode the statistical division code, null for a village the current list lacks
   * @param name the common name
   * @param kind VILLAGE or COMMUNITY
   * @param designations the policy designations, for example KEY_SUPPORT
   * @param contact the public contact, null until the village records one
   */
  public record VillageView(
      long id,
      String divisionCode,
      String name,
      String kind,
      List<String> designations,
      ContactView contact) {}

  /**
   * A village's public contact.
   *
   * @param complaintPhone the local complaint telephone
   * @param noticeBoardLocation where the notice board stands
   */
  public record ContactView(String complaintPhone, String noticeBoardLocation) {
    public static ContactView of(VillageContact contact) {
      return new ContactView(contact.complaintPhone(), contact.noticeBoardLocation());
    }
  }

  /**
   * Builds the response from the stored places.
   *
   * @param places the places
   * @return the response
   */
  public static RegionsResponse of(Places places) {
    District district = places.district();
    List<TownshipView> townships =
        district.townships().stream()
            .map(t -> township(t, district.villagesOf(t.id()), places.contacts()))
            .toList();
    return new RegionsResponse(
        district.name(),
        district.code().value(),
        district.townships().size(),
        district.villages().size(),
        townships);
  }

  private static TownshipView township(
      Township township, List<Village> villages, Map<VillageId, VillageContact> contacts) {
    return new TownshipView(
        township.id().value(),
        township.divisionCode().value(),
        township.name(),
        township.kind().name(),
        township.focus(),
        villages.stream().map(v -> village(v, contacts.get(v.id()))).toList());
  }

  private static VillageView village(Village village, VillageContact contact) {
    return new VillageView(
        village.id().value(),
        village.divisionCode().map(DivisionCode::value).orElse(null),
        village.name(),
        village.kind().name(),
        village.designations().stream().sorted().map(VillageDesignation::name).toList(),
        contact == null ? null : ContactView.of(contact));
  }
}
