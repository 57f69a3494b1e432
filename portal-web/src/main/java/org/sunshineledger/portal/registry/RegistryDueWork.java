package org.sunshineledger.portal.registry;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Year;
import java.util.ArrayList;
import java.util.List;
import org.sunshineledger.access.Actor;
import org.sunshineledger.access.Role;
import org.sunshineledger.portal.shared.DueWork;
import org.sunshineledger.registry.UnsafeHouse;

/**
 * What the registry has waiting for an official: the households of their scope at risk of falling
 * back (the early warning), the unsafe houses not renovated yet, and their imports still running,
 * refused or failed.
 */
@ApplicationScoped
class RegistryDueWork implements DueWork {
  @Inject RegistryQueries queries;

  @Override
  public List<Item> dueFor(Actor actor, LocalDate today) {
    List<Item> items = new ArrayList<>();
    if (actor.role() == Role.DONOR || actor.role() == Role.AUDITOR) {
      return items;
    }
    for (RegistryViews.WarningView w :
        queries.earlyWarnings(actor, Year.of(RegistryQueries.DEFAULT_WARNING_YEAR))) {
      items.add(
          new Item(
              "warning" + w.level(),
              w.headName() + "户：" + String.join("；", w.reasons()),
              w.villageName(),
              "/registry/households/" + w.household(),
              null,
              null,
              null));
    }
    for (UnsafeHouse.State state : List.of(UnsafeHouse.State.OPEN, UnsafeHouse.State.RENOVATING)) {
      for (RegistryViews.UnsafeHouseView house : queries.unsafeHouses(actor, state)) {
        items.add(
            new Item(
                "unsafeHouse",
                house.headName() + "户 " + house.grade() + "级危房",
                house.villageName(),
                "/registry/households/" + house.household(),
                null,
                null,
                null));
      }
    }
    return items;
  }
}
