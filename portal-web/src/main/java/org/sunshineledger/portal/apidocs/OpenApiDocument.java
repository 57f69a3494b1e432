package org.sunshineledger.portal.apidocs;

import jakarta.json.Json;
import jakarta.json.JsonArray;
import jakarta.json.JsonNumber;
import jakarta.json.JsonObject;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.JsonValue;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;
import org.eclipse.microprofile.openapi.models.Operation;
import org.eclipse.microprofile.openapi.models.PathItem;
import org.eclipse.microprofile.openapi.models.media.MediaType;
import org.eclipse.microprofile.openapi.models.media.Schema;
import org.eclipse.microprofile.openapi.models.parameters.Parameter;
import org.eclipse.microprofile.openapi.models.responses.APIResponse;
import org.sunshineledger.portal.account.AccountsResource;
import org.sunshineledger.portal.account.SessionResource;
import org.sunshineledger.portal.board.BoardResource;
import org.sunshineledger.portal.disclosure.DisclosuresResource;
import org.sunshineledger.portal.disclosure.FeedsResource;
import org.sunshineledger.portal.disclosure.TransparencyResource;
import org.sunshineledger.portal.fund.AssetsResource;
import org.sunshineledger.portal.fund.DistributionsResource;
import org.sunshineledger.portal.fund.FundsResource;
import org.sunshineledger.portal.fund.ProjectsResource;
import org.sunshineledger.portal.http.Accepts;
import org.sunshineledger.portal.http.Answers;
import org.sunshineledger.portal.place.RegionsResource;
import org.sunshineledger.portal.registry.HouseholdsResource;
import org.sunshineledger.portal.registry.RegistryImportsResource;
import org.sunshineledger.portal.registry.RegistryResource;
import org.sunshineledger.portal.registry.UnsafeHousesResource;
import org.sunshineledger.portal.search.AdminResource;
import org.sunshineledger.portal.search.ProjectSearchResource;
import org.sunshineledger.portal.search.ProjectSuggestResource;

/**
 * Completes the generated OpenAPI document with what every endpoint shares, so that no resource can
 * forget it: the problem+json schema and the errors each operation can answer (400 for a malformed
 * request, 404 where a path, a filter or a body names a resource, 422 for a broken rule, 401 for
 * wrong credentials (and a missing account where one is needed), 403 outside the caller's scope,
 * 409 where a concurrent change can lose, 429 when throttled, 500), the meaning of the common
 * parameters in Chinese and English, each operation's success with the schema of its body (from the
 * {@link Answers} of its method) and the examples recorded from the demo data ({@code
 * sunshine/api-docs/examples.json} in the api-docs jar).
 */
public class OpenApiDocument implements OASFilter {
  private static final String PROBLEM = "application/problem+json";

  private static final Map<String, String> PARAMETERS =
      Map.ofEntries(
          Map.entry("page", "页码，从1开始 — page number, from 1"),
          Map.entry("size", "每页条数，1至200（检索1至100） — page size, 1 to 200 (search: 1 to 100)"),
          Map.entry("format", "导出格式 json、csv 或 xlsx — export format: json, csv or xlsx"),
          Map.entry("township", "镇街编号 — township id (see /api/v1/regions)"),
          Map.entry("village", "村（居）编号 — village id (see /api/v1/regions)"),
          Map.entry("year", "年度 — year"),
          Map.entry("status", "状态 — status"),
          Map.entry("kind", "公开事项类别 — kind of disclosure"),
          Map.entry("level", "公开层级 DISTRICT、TOWNSHIP、VILLAGE — publishing level"),
          Map.entry("from", "起始日期（含），yyyy-MM-dd — first day, inclusive"),
          Map.entry("to", "截止日期（含），yyyy-MM-dd — last day, inclusive"),
          Map.entry("q", "检索文本，任意连续字符 — text; any run of characters"),
          Map.entry("cursor", "下一页游标 — the next page's cursor from the previous page"),
          Map.entry("sort", "排序 relevance、amount、date — sort order"),
          Map.entry("minAmount", "最低金额（元） — lowest amount, yuan"),
          Map.entry("maxAmount", "最高金额（元） — highest amount, yuan"),
          Map.entry("category", "需求类别 — need category"),
          Map.entry("source", "资金来源 — fund source"),
          Map.entry("type", "项目类型 — project type"),
          Map.entry("version", "版本的日志序号 leafIndex — the version's log index"),
          Map.entry("id", "编号 — id"),
          Map.entry(
              "list",
              "清单类别：projects（年度项目计划）、needs（村级帮扶需求）、registry（建档立卡户名单）、"
                  + "beneficiaries（收益分配名单）、funding（资金安排和拨付台账）、factors（因素法分配测算表）、"
                  + "references（部门比对名单，仅审计监督人员） — the kind of list"),
          Map.entry("lang", "报告语言 zh（默认）或 en — the report's language"),
          Map.entry("If-Match", "上次读取的版本号，防止覆盖他人修改 — the version last read"));

  /** The resources of the published API, whose methods say what they answer. */
  static final List<Class<?>> RESOURCES =
      List.of(
          AccountsResource.class,
          AdminResource.class,
          AssetsResource.class,
          BoardResource.class,
          DisclosuresResource.class,
          DistributionsResource.class,
          FeedsResource.class,
          FundsResource.class,
          HouseholdsResource.class,
          ProjectsResource.class,
          ProjectSearchResource.class,
          ProjectSuggestResource.class,
          RegionsResource.class,
          RegistryImportsResource.class,
          RegistryResource.class,
          SessionResource.class,
          TransparencyResource.class,
          UnsafeHousesResource.class,
          org.sunshineledger.portal.village.VillagesResource.class,
          org.sunshineledger.portal.imports.ImportsResource.class,
          org.sunshineledger.portal.supervision.SupervisionResource.class);

  /** Where the recorded examples are, in the api-docs jar. */
  static final String EXAMPLES = "sunshine/api-docs/examples.json";

  @Override
  public void filterOpenAPI(OpenAPI openAPI) {
    if (openAPI.getComponents() == null) {
      openAPI.setComponents(OASFactory.createComponents());
    }
    openAPI.getComponents().addSchema("Problem", problemSchema());
    if (openAPI.getPaths() == null) {
      return;
    }
    DocumentRooms.describe(openAPI);
    JsonSchemas schemas = new JsonSchemas();
    Map<String, JsonObject> examples = examples();
    for (Class<?> resource : RESOURCES) {
      for (Method method : resource.getMethods()) {
        String verb = verb(method);
        if (verb == null) {
          continue;
        }
        String path = path(resource, method);
        PathItem item = openAPI.getPaths().getPathItem(path);
        Operation operation =
            item == null ? null : item.getOperations().get(PathItem.HttpMethod.valueOf(verb));
        if (operation == null) {
          continue;
        }
        operation.setTags(List.of(DocumentRooms.roomOf(resource)));
        Accepts accepts = method.getAnnotation(Accepts.class);
        if (accepts != null) {
          accept(operation, schemas.requestOf(accepts.value()));
        }
        for (Answers answers : method.getAnnotationsByType(Answers.class)) {
          answer(
              operation,
              answers,
              produces(resource, method),
              body(answers, method, schemas),
              examples.get(verb + " " + path));
        }
      }
    }
    schemas.components().forEach(openAPI.getComponents()::addSchema);
    DocumentRooms.uniqueOperationIds(openAPI);
    for (Map.Entry<String, PathItem> path : openAPI.getPaths().getPathItems().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> operation :
          path.getValue().getOperations().entrySet()) {
        complete(path.getKey(), operation.getKey(), operation.getValue());
      }
    }
  }

  /**
   * The document's path of a resource method: the class's and the method's {@code @Path}, with any
   * regular expression of a template parameter left out.
   *
   * @param resource the resource class
   * @param method the method
   * @return the path, for example {@code /api/v1/projects/{id}}
   */
  public static String path(Class<?> resource, Method method) {
    String joined = resource.getAnnotation(Path.class).value();
    Path own = method.getAnnotation(Path.class);
    if (own != null) {
      joined = joined + "/" + own.value();
    }
    String path = ("/" + joined).replaceAll("/+", "/").replaceAll("\\{(\\w+)\\s*:[^}]*}", "{$1}");
    return path.length() > 1 && path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
  }

  /**
   * The HTTP method of a resource method.
   *
   * @param method the method
   * @return GET, POST, PUT or DELETE, or null for a method that answers none
   */
  public static String verb(Method method) {
    if (method.isAnnotationPresent(GET.class)) {
      return "GET";
    }
    if (method.isAnnotationPresent(POST.class)) {
      return "POST";
    }
    if (method.isAnnotationPresent(PUT.class)) {
      return "PUT";
    }
    return method.isAnnotationPresent(DELETE.class) ? "DELETE" : null;
  }

  private static Schema body(Answers answers, Method method, JsonSchemas schemas) {
    if (answers.value() == Void.class) {
      return null;
    }
    if (answers.value() == Object.class) {
      return schemas.of(method.getGenericReturnType());
    }
    return switch (answers.shape()) {
      case ONE -> schemas.of(answers.value());
      case LIST ->
          OASFactory.createSchema()
              .type(Schema.SchemaType.ARRAY)
              .items(schemas.of(answers.value()));
      case PAGE -> schemas.pageOf(answers.value());
    };
  }

  /** The request body's schema, for the JSON the operation takes. */
  private static void accept(Operation operation, Schema schema) {
    if (operation.getRequestBody() == null) {
      operation.setRequestBody(OASFactory.createRequestBody().content(OASFactory.createContent()));
    }
    var content = operation.getRequestBody().getContent();
    MediaType json = content.getMediaType("application/json");
    if (json == null) {
      json = OASFactory.createMediaType();
      content.addMediaType("application/json", json);
    }
    json.setSchema(schema);
    operation.getRequestBody().setRequired(Boolean.TRUE);
  }

  private static String[] produces(Class<?> resource, Method method) {
    Produces produces = method.getAnnotation(Produces.class);
    if (produces == null) {
      produces = resource.getAnnotation(Produces.class);
    }
    return produces == null ? new String[] {"application/json"} : produces.value();
  }

  private static void answer(
      Operation operation,
      Answers answers,
      String[] mediaTypes,
      Schema schema,
      JsonObject example) {
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    operation.getResponses().removeAPIResponse("default");
    APIResponse success = OASFactory.createAPIResponse().description(answers.description());
    if (answers.value() != Void.class) {
      var content = OASFactory.createContent();
      for (String mediaType : mediaTypes) {
        boolean json = mediaType.equals("application/json");
        MediaType body =
            OASFactory.createMediaType()
                .schema(
                    json
                        ? schema
                        : OASFactory.createSchema()
                            .type(Schema.SchemaType.STRING)
                            .format(binary(mediaType)));
        if (json && example != null && example.containsKey("response")) {
          body.setExample(plain(example.get("response")));
        }
        content.addMediaType(mediaType, body);
      }
      success.setContent(content);
    }
    operation.getResponses().addAPIResponse(String.valueOf(answers.status()), success);
    if (example != null && example.containsKey("request") && operation.getRequestBody() != null) {
      JsonValue request = example.get("request");
      // a JSON body, or a list as text for an operation that takes CSV
      MediaType body =
          operation
              .getRequestBody()
              .getContent()
              .getMediaType(
                  request.getValueType() == JsonValue.ValueType.STRING
                      ? "text/csv"
                      : "application/json");
      if (body != null) {
        body.setExample(plain(request));
      }
    }
  }

  private static String binary(String mediaType) {
    return mediaType.startsWith("text/") || mediaType.endsWith("+xml") ? null : "binary";
  }

  /** The recorded examples, by {@code "VERB /path"}; none when the file is missing. */
  private static Map<String, JsonObject> examples() {
    try (InputStream in = OpenApiDocument.class.getClassLoader().getResourceAsStream(EXAMPLES)) {
      if (in == null) {
        return Map.of();
      }
      try (JsonReader reader = Json.createReader(in)) {
        Map<String, JsonObject> examples = new LinkedHashMap<>();
        reader.readObject().forEach((key, value) -> examples.put(key, value.asJsonObject()));
        return examples;
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A JSON value as the plain Java values the document's writer knows. */
  private static Object plain(JsonValue value) {
    return switch (value.getValueType()) {
      case OBJECT -> {
        Map<String, Object> map = new LinkedHashMap<>();
        value.asJsonObject().forEach((k, v) -> map.put(k, plain(v)));
        yield map;
      }
      case ARRAY -> {
        List<Object> list = new ArrayList<>();
        ((JsonArray) value).forEach(v -> list.add(plain(v)));
        yield list;
      }
      case STRING -> ((JsonString) value).getString();
      case NUMBER ->
          ((JsonNumber) value).isIntegral()
              ? (Object) ((JsonNumber) value).longValue()
              : ((JsonNumber) value).bigDecimalValue();
      case TRUE -> Boolean.TRUE;
      case FALSE -> Boolean.FALSE;
      case NULL -> null;
    };
  }

  private static void complete(String path, PathItem.HttpMethod method, Operation operation) {
    if (operation.getParameters() != null) {
      for (Parameter parameter : operation.getParameters()) {
        String meaning = PARAMETERS.get(parameter.getName());
        if (meaning != null && parameter.getDescription() == null) {
          parameter.setDescription(meaning);
        }
      }
    }
    if (operation.getResponses() == null) {
      operation.setResponses(OASFactory.createAPIResponses());
    }
    error(operation, "400", "请求格式有误，指明字段 — malformed request, naming the field");
    error(operation, "422", "违反业务规则，给出规则代码与数值 — a rule broken, with its code and figures");
    error(operation, "500", "服务器内部错误，仅给出事件编号 — server error, with an incident number only");
    if (path.contains("{")
        || (operation.getParameters() != null && !operation.getParameters().isEmpty())
        || operation.getRequestBody() != null) {
      // a path id, a filter or a body naming a place or record that does not exist
      error(operation, "404", "资源不存在 — no such resource");
    }
    List<?> security = operation.getSecurity();
    boolean secured = security != null && !security.isEmpty();
    // credentials may come with any request: wrong ones are 401, too many wrong ones 429
    error(
        operation,
        "401",
        secured ? "需要登录 — an account is needed" : "凭据无效 — the credentials sent were wrong");
    if (secured) {
      error(operation, "403", "超出权限范围 — outside the caller's scope");
    }
    if (method != PathItem.HttpMethod.GET) {
      error(operation, "409", "并发修改冲突，请重新读取 — changed by someone else first; reload");
    }
    error(
        operation,
        "429",
        path.endsWith("/objections") || path.endsWith("/donors")
            ? "请求过于频繁 — too many requests; see Retry-After"
            : "登录失败过多 — too many failed sign-ins from this address; see Retry-After");
  }

  private static void error(Operation operation, String status, String description) {
    if (operation.getResponses().getAPIResponse(status) != null) {
      return;
    }
    APIResponse response =
        OASFactory.createAPIResponse()
            .description(description)
            .content(
                OASFactory.createContent()
                    .addMediaType(
                        PROBLEM,
                        OASFactory.createMediaType()
                            .schema(OASFactory.createSchema().ref("Problem"))));
    operation.getResponses().addAPIResponse(status, response);
  }

  private static Schema problemSchema() {
    return OASFactory.createSchema()
        .type(Schema.SchemaType.OBJECT)
        .description("RFC 9457 problem details 错误详情")
        .addProperty("type", text("问题类型 URI — problem type"))
        .addProperty("title", text("标题 — title"))
        .addProperty(
            "status",
            OASFactory.createSchema().type(Schema.SchemaType.INTEGER).description("HTTP 状态码"))
        .addProperty("detail", text("说明，给出相关数值 — what went wrong, with the figures"))
        .addProperty("rule", text("违反的业务规则代码 — the broken rule's code, for 422"))
        .addProperty("field", text("出错的字段或参数 — the field or parameter at fault"))
        .addProperty(
            "figures",
            OASFactory.createSchema()
                .type(Schema.SchemaType.OBJECT)
                .description("规则涉及的数值 — the figures of the rule")
                .additionalPropertiesBoolean(Boolean.TRUE))
        .addRequired("title")
        .addRequired("status");
  }

  private static Schema text(String description) {
    return OASFactory.createSchema().type(Schema.SchemaType.STRING).description(description);
  }
}
