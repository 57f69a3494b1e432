package org.sunshineledger.portal.sheet;

import java.util.List;
import java.util.function.IntConsumer;
import org.sunshineledger.access.Actor;

/**
 * A kind of list that officials keep in Excel or WPS and send in whole: the year's project plan,
 * the board's needs of a village, a registry list. Each room that owns such a list implements it as
 * a CDI bean; the spreadsheet room gives every kind the same template, dry run, background storing
 * with its progress, and export, without knowing the rooms. The export of a list is a valid import
 * of it.
 *
 * @param <T> a record of the list, checked and ready to store
 */
public interface SheetImport<T> {
  /**
   * The kind's name in addresses ({@code /imports/<kind>}).
   *
   * @return the name
   */
  String kind();

  /**
   * The key of the list's name in the pages' bundle.
   *
   * @return the key
   */
  String titleKey();

  /**
   * Whether an official may send this kind of list at all; each row's scope is checked as well.
   *
   * @param actor the official
   * @return true when they may
   */
  boolean mayImport(Actor actor);

  /**
   * The list's columns, with the district's places and the closed sets as drop-downs.
   *
   * @return the columns, in the template's order
   */
  List<SheetColumn> columns();

  /**
   * Rows the template carries as an example, in the columns' order.
   *
   * @return the rows
   */
  List<List<Object>> example();

  /**
   * The figures a whole file needs besides its rows (an asset and period, a fund and weights),
   * asked on the kind's page beside the file and taken from the API's query; none by default.
   *
   * @param actor the official, whose scope limits the choices
   * @return the parameters, in the form's order
   */
  default List<SheetParameter> parameters(Actor actor) {
    return List.of();
  }

  /**
   * A check of one file's rows for an official: rows outside their scope are errors.
   *
   * @param actor the official
   * @param parameters the file's parameters, checked by the kind through {@link
   *     SheetParameters#cells()}; empty for a kind that takes none
   * @return the checker, used for one file
   */
  SheetReader.Checker<T> checker(Actor actor, SheetParameters parameters);

  /**
   * Stores the records of a clean file, all or nothing, in one transaction.
   *
   * @param actor the official
   * @param source the file's name
   * @param parameters the file's parameters, as checked
   * @param records the records
   * @param progress told how many are stored so far
   */
  void store(
      Actor actor,
      String source,
      SheetParameters parameters,
      List<T> records,
      IntConsumer progress);

  /**
   * Whether the list can be downloaded as it stands; a list of personal data is not.
   *
   * @return true by default
   */
  default boolean exported() {
    return true;
  }

  /**
   * The list as it stands within the official's scope, in the columns' order.
   *
   * @param actor the official
   * @return the rows
   */
  List<List<Object>> export(Actor actor);

  /**
   * The page where the stored records are seen.
   *
   * @return an address below the portal's root
   */
  String storedHref();
}
