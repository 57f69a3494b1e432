package org.sunshineledger.portal.disclosure;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.sunshineledger.portal.shared.DistrictFigures;
import org.sunshineledger.portal.shared.PageRequest;

/** Disclosure's figures of the district: notices published, and those overdue. */
@ApplicationScoped
class DisclosureFigures implements DistrictFigures {
  @Inject DisclosureQueries queries;

  @Override
  public List<Figure> figures() {
    long published =
        queries
            .list(
                new DisclosureQueries.Filter(null, null, null, null, null, null, null),
                PageRequest.of(1, 1))
            .total();
    long overdue = queries.obligations(null, true, PageRequest.of(1, 1)).total();
    return List.of(
        new Figure("figure.notices", List.of(published), "/disclosures"),
        new Figure("figure.overdue", List.of(overdue), "/disclosures-overdue"));
  }
}
