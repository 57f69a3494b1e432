package org.sunshineledger.portal.board;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.sunshineledger.charity.Need;
import org.sunshineledger.portal.shared.DistrictFigures;
import org.sunshineledger.portal.shared.PageRequest;

/** The board's figures of the district: needs open, and needs met. */
@ApplicationScoped
class BoardFigures implements DistrictFigures {
  @Inject BoardQueries queries;

  @Override
  public List<Figure> figures() {
    long open = queries.needs(null, null, Need.State.VERIFIED, PageRequest.of(1, 1)).total();
    long met = queries.needs(null, null, Need.State.CLOSED, PageRequest.of(1, 1)).total();
    return List.of(new Figure("figure.needs", List.of(open, met), "/board"));
  }
}
