package org.sunshineledger.portal.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import org.sunshineledger.portal.shared.DistrictFigures;

/** The registry's figures of the district: households and people lifted each year, against §2. */
@ApplicationScoped
class RegistryFigures implements DistrictFigures {
  @Inject RegistryQueries queries;

  @Override
  public List<Figure> figures() {
    List<Figure> figures = new ArrayList<>();
    for (RegistryViews.ProgressView p : queries.progress()) {
      figures.add(
          new Figure(
              "figure.lifted",
              List.of(
                  String.valueOf(p.year()),
                  p.householdsLifted(),
                  p.peopleLifted(),
                  p.householdsToLift(),
                  p.peopleToLift()),
              null));
    }
    return figures;
  }
}
