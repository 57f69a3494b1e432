package org.sunshineledger.portal.apidocs;

import jakarta.json.JsonValue;
import jakarta.json.bind.annotation.JsonbTransient;
import java.lang.reflect.GenericArrayType;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.lang.reflect.TypeVariable;
import java.lang.reflect.WildcardType;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.Year;
import java.time.ZonedDateTime;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.TreeMap;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.media.Schema.SchemaType;
import org.sunshineledger.money.Money;

/**
 * Schemas of the JSON the portal writes, derived from the Java types as JSON-B (Yasson) writes
 * them: a record is an object of its components — none other allowed, the primitive ones always
 * present, the others left out when null — an enum a string of its constants, a collection an
 * array, a map an object, dates and instants ISO strings. Each record becomes one named component
 * of the document, referred to by {@code $ref}. A component declared {@code @Schema(nullable =
 * true)} may be null — of a map, its values — with the declaration's description.
 */
final class JsonSchemas {
  private final Map<String, Schema> components = new TreeMap<>();
  private final Map<String, Class<?>> named = new LinkedHashMap<>();

  /** Whether the records met now are request bodies: every component required unless nullable. */
  private boolean request;

  /**
   * The schema of a type, registering the records it reaches as components.
   *
   * @param type the type
   * @return the schema, a {@code $ref} for a record
   */
  Schema of(Type type) {
    if (type instanceof ParameterizedType parameterized) {
      return parameterized(parameterized);
    }
    if (type instanceof GenericArrayType array) {
      return array(of(array.getGenericComponentType()));
    }
    if (type instanceof WildcardType wildcard) {
      return of(wildcard.getUpperBounds()[0]);
    }
    if (type instanceof TypeVariable<?>) {
      return any();
    }
    return plain((Class<?>) type);
  }

  /**
   * The schema of a request body's record: the records it reaches are request bodies too, whose
   * components are required unless declared {@code @Schema(nullable = true)}, and no other field is
   * allowed.
   *
   * @param type the request record
   * @return a {@code $ref} to its component
   */
  Schema requestOf(Class<? extends Record> type) {
    boolean outer = request;
    request = true;
    try {
      return of(type);
    } finally {
      request = outer;
    }
  }

  /**
   * The schema of a page of a type: the portal's {@code Page} with its items typed.
   *
   * @param item the item type
   * @return a {@code $ref} to the page's component, named after the item
   */
  Schema pageOf(Class<?> item) {
    String name = name(item) + "Page";
    if (!components.containsKey(name)) {
      components.put(
          name,
          OASFactory.createSchema()
              .type(SchemaType.OBJECT)
              .description("一页 — one page")
              .addProperty("items", array(of(item)))
              .addProperty("page", integer("int32").description("页码，从1开始 — page, from 1"))
              .addProperty("size", integer("int32").description("每页条数 — page size"))
              .addProperty("total", integer("int64").description("总条数 — items in all pages"))
              .addRequired("items")
              .addRequired("page")
              .addRequired("size")
              .addRequired("total")
              .additionalPropertiesBoolean(Boolean.FALSE));
    }
    return ref(name);
  }

  /**
   * The records met so far, by component name.
   *
   * @return the components
   */
  Map<String, Schema> components() {
    return components;
  }

  private Schema parameterized(ParameterizedType type) {
    Class<?> raw = (Class<?>) type.getRawType();
    Type[] arguments = type.getActualTypeArguments();
    if (Collection.class.isAssignableFrom(raw)) {
      return array(of(arguments[0]));
    }
    if (Map.class.isAssignableFrom(raw)) {
      return OASFactory.createSchema()
          .type(SchemaType.OBJECT)
          .additionalPropertiesSchema(of(arguments[1]));
    }
    if (raw == Optional.class) {
      return of(arguments[0]);
    }
    return plain(raw);
  }

  private Schema plain(Class<?> type) {
    if (type == String.class || type == char.class || type == Character.class) {
      return OASFactory.createSchema().type(SchemaType.STRING);
    }
    if (type == boolean.class || type == Boolean.class) {
      return OASFactory.createSchema().type(SchemaType.BOOLEAN);
    }
    if (type == int.class
        || type == Integer.class
        || type == short.class
        || type == Short.class
        || type == OptionalInt.class) {
      return integer("int32");
    }
    if (type == long.class
        || type == Long.class
        || type == OptionalLong.class
        || type == BigInteger.class) {
      return integer("int64");
    }
    if (type == double.class
        || type == Double.class
        || type == float.class
        || type == Float.class
        || type == BigDecimal.class) {
      return OASFactory.createSchema().type(SchemaType.NUMBER);
    }
    if (type == Money.class) {
      return OASFactory.createSchema()
          .type(SchemaType.STRING)
          .pattern("^-?[0-9]{1,13}(\\.[0-9]{1,2})?$")
          .description("金额（元），至多两位小数 — an amount in yuan, at most two decimals");
    }
    if (type == LocalDate.class) {
      return OASFactory.createSchema().type(SchemaType.STRING).format("date");
    }
    if (type == Instant.class
        || type == OffsetDateTime.class
        || type == ZonedDateTime.class
        || type == LocalDateTime.class) {
      return OASFactory.createSchema().type(SchemaType.STRING).format("date-time");
    }
    if (type == Year.class) {
      return integer("int32");
    }
    if (type == byte[].class) {
      return OASFactory.createSchema().type(SchemaType.STRING).format("binary");
    }
    if (type.isArray()) {
      return array(of(type.getComponentType()));
    }
    if (type.isEnum()) {
      Schema schema = OASFactory.createSchema().type(SchemaType.STRING);
      Arrays.stream(type.getEnumConstants())
          .forEach(c -> schema.addEnumeration(((Enum<?>) c).name()));
      return schema;
    }
    if (type.isRecord()) {
      return record(type);
    }
    if (JsonValue.class.isAssignableFrom(type)
        || type == Object.class
        || Map.class.isAssignableFrom(type)) {
      return any();
    }
    throw new IllegalArgumentException(
        "no JSON schema for "
            + type.getName()
            + "; answer a record, a collection or a plain value");
  }

  private Schema record(Class<?> type) {
    String name = name(type);
    if (!components.containsKey(name)) {
      Schema schema =
          OASFactory.createSchema()
              .type(SchemaType.OBJECT)
              .additionalPropertiesBoolean(Boolean.FALSE);
      components.put(name, schema); // before the components: a record may refer to itself
      for (RecordComponent component : type.getRecordComponents()) {
        if (component.getAccessor().isAnnotationPresent(JsonbTransient.class)) {
          continue; // JSON-B leaves it out
        }
        Schema property = of(component.getGenericType());
        var declared =
            component
                .getAccessor()
                .getAnnotation(org.eclipse.microprofile.openapi.annotations.media.Schema.class);
        if (declared != null && declared.nullable()) {
          // of a map, its values may be null (JSON-B writes them); else the property itself
          Schema nullable =
              property.getAdditionalPropertiesSchema() != null
                  ? property.getAdditionalPropertiesSchema()
                  : property;
          nullable.setNullable(Boolean.TRUE);
          property.setDescription(declared.description());
        }
        schema.addProperty(component.getName(), property);
        boolean nullable = declared != null && declared.nullable();
        if (component.getType().isPrimitive() || (request && !nullable)) {
          schema.addRequired(component.getName());
        }
        if (request
            && declared != null
            && !declared.description().isEmpty()
            && property.getRef() == null) {
          property.setDescription(declared.description());
        }
      }
    }
    return ref(name);
  }

  /** A record's component name: its simple name, or with its enclosing class's when taken. */
  private String name(Class<?> type) {
    String name = type.getSimpleName();
    Class<?> holder = named.putIfAbsent(name, type);
    if (holder == null || holder == type) {
      return name;
    }
    String qualified =
        type.getEnclosingClass() == null
            ? type.getName().replace('.', '_')
            : type.getEnclosingClass().getSimpleName() + name;
    named.putIfAbsent(qualified, type);
    return qualified;
  }

  private static Schema ref(String name) {
    return OASFactory.createSchema().ref(name);
  }

  private static Schema array(Schema items) {
    return OASFactory.createSchema().type(SchemaType.ARRAY).items(items);
  }

  private static Schema integer(String format) {
    return OASFactory.createSchema().type(SchemaType.INTEGER).format(format);
  }

  private static Schema any() {
    return OASFactory.createSchema();
  }
}
