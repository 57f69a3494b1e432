package org.sunshineledger.search;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.IntConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.Tokenizer;
import org.apache.lucene.analysis.core.KeywordAnalyzer;
import org.apache.lucene.analysis.miscellaneous.PerFieldAnalyzerWrapper;
import org.apache.lucene.analysis.ngram.EdgeNGramTokenizer;
import org.apache.lucene.analysis.ngram.NGramTokenizer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.LongPoint;
import org.apache.lucene.document.NumericDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.facet.FacetsConfig;
import org.apache.lucene.facet.sortedset.SortedSetDocValuesFacetField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.BulkScorer;
import org.apache.lucene.search.Collector;
import org.apache.lucene.search.ControlledRealTimeReopenThread;
import org.apache.lucene.search.FilterCollector;
import org.apache.lucene.search.FilterLeafCollector;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.LeafCollector;
import org.apache.lucene.search.MatchAllDocsQuery;
import org.apache.lucene.search.PhraseQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.Scorable;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.TopDocsCollector;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopScoreDocCollectorManager;
import org.apache.lucene.search.Weight;
import org.apache.lucene.store.ByteBuffersDirectory;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.FixedBitSet;

/**
 * The project index: one {@link IndexWriter} and one {@link SearcherManager}, refreshed by a
 * background thread (never on the request path) so that a change is searchable within a second.
 *
 * <p>Text: every substring of two or more characters of a name or description is found, as SQL
 * {@code LIKE '%q%'} finds it (ignoring case), whatever the language or the place name: the text is
 * indexed as overlapping character bigrams (and unigrams for one-character queries), and a query is
 * the phrase of its own bigrams. A dictionary-based Chinese analyzer would split names it does not
 * know (峨山 → 峨 / 山) and miss 养殖 inside 养殖场; bigrams miss nothing.
 *
 * <p>The index is a projection of the database: it records the schema it was built with and the
 * database state it reflects, and can always be rebuilt from the source.
 */
public final class ProjectIndex implements ProjectSearch, AutoCloseable {
  private static final String SCHEMA_KEY = "sunshine.schema";
  private static final String SOURCE_KEY = "sunshine.source";
  private static final List<String> FACETS =
      List.of("township", "village", "type", "status", "year", "source");

  /**
   * Overlapping bigrams with positions, for phrase (substring) matching; no norms: length is no
   * signal here.
   */
  private static final FieldType GRAMS = gramsType();

  private final Directory directory;
  private final IndexWriter writer;
  private final SearcherManager searchers;
  private final ControlledRealTimeReopenThread<IndexSearcher> refresher;
  private final FacetsConfig facets = facetsConfig();
  private final boolean needsRebuild;
  private volatile String sourceVersion;

  /** Each live segment's facet bit sets, dropped with the segment. */
  private final Map<Object, LeafFacets> leafFacets =
      java.util.Collections.synchronizedMap(new java.util.WeakHashMap<>());

  private ProjectIndex(Directory directory) throws IOException {
    this.directory = directory;
    Map<String, String> committed = committedUserData(directory);
    boolean current = String.valueOf(SearchIndexVersion.SCHEMA).equals(committed.get(SCHEMA_KEY));
    IndexWriterConfig config = new IndexWriterConfig(analyzer());
    config.setOpenMode(
        current ? IndexWriterConfig.OpenMode.APPEND : IndexWriterConfig.OpenMode.CREATE);
    config.setRAMBufferSizeMB(64);
    this.writer = new IndexWriter(directory, config);
    this.needsRebuild = !current;
    this.sourceVersion = current ? committed.getOrDefault(SOURCE_KEY, "") : "";
    this.searchers = new SearcherManager(writer, null);
    this.refresher = new ControlledRealTimeReopenThread<>(writer, searchers, 1.0, 0.025);
    refresher.setName("project-index-refresher");
    refresher.setDaemon(true);
    refresher.start();
  }

  /**
   * Opens the index in a folder, creating an empty one when it is missing or of an older schema.
   *
   * @param folder the folder
   * @return the index
   */
  public static ProjectIndex open(Path folder) {
    try {
      Files.createDirectories(folder);
      return new ProjectIndex(FSDirectory.open(folder));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * An index in memory, for tests and benchmarks.
   *
   * @return the index
   */
  public static ProjectIndex inMemory() {
    try {
      return new ProjectIndex(new ByteBuffersDirectory());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Map<String, String> committedUserData(Directory directory) throws IOException {
    if (!DirectoryReader.indexExists(directory)) {
      return Map.of();
    }
    try (DirectoryReader reader = DirectoryReader.open(directory)) {
      return reader.getIndexCommit().getUserData();
    }
  }

  private static FieldType gramsType() {
    FieldType type = new FieldType();
    type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS);
    type.setTokenized(true);
    type.setOmitNorms(true);
    type.setStored(false);
    type.freeze();
    return type;
  }

  private static FacetsConfig facetsConfig() {
    FacetsConfig config = new FacetsConfig();
    config.setMultiValued("village", true);
    config.setMultiValued("source", true);
    return config;
  }

  /** Bigrams for phrases, unigrams for one-character queries, edge grams of names for prefixes. */
  private static Analyzer analyzer() {
    Map<String, Analyzer> fields = new HashMap<>();
    Analyzer bigrams = grams(2, 2);
    Analyzer unigrams = grams(1, 1);
    fields.put("name_g2", bigrams);
    fields.put("desc_g2", bigrams);
    fields.put("name_g1", unigrams);
    fields.put("desc_g1", unigrams);
    fields.put(
        "name_prefix",
        new Analyzer() {
          @Override
          protected TokenStreamComponents createComponents(String field) {
            Tokenizer tokenizer = new EdgeNGramTokenizer(1, 32);
            return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
          }
        });
    return new PerFieldAnalyzerWrapper(new KeywordAnalyzer(), fields);
  }

  private static Analyzer grams(int min, int max) {
    return new Analyzer() {
      @Override
      protected TokenStreamComponents createComponents(String field) {
        Tokenizer tokenizer = new NGramTokenizer(min, max);
        return new TokenStreamComponents(tokenizer, new LowerCaseFilter(tokenizer));
      }
    };
  }

  // ---- writing -----------------------------------------------------------------------------

  /**
   * Adds or replaces a project; searchable within a second.
   *
   * @param project the project
   * @return the writer's generation of the change
   */
  public long upsert(ProjectDocument project) {
    try {
      return writer.updateDocument(
          new Term("id", String.valueOf(project.id())), facets.build(document(project)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Removes a project.
   *
   * @param id the project's id
   */
  public void delete(long id) {
    try {
      writer.deleteDocuments(new Term("id", String.valueOf(id)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Waits until a change is searchable.
   *
   * @param generation the generation {@link #upsert} returned
   */
  public void awaitSearchable(long generation) {
    try {
      refresher.waitForGeneration(generation);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  /**
   * Replaces the whole index with the projects given, merges it into one segment, then commits it
   * as reflecting a state.
   *
   * @param projects every project of the source
   * @param source the source state they reflect, for example {@code 42@2026-11-29T09:00Z}
   * @param progress told how many projects are indexed so far, every thousand
   * @return how many projects were indexed
   */
  public int rebuild(Iterable<ProjectDocument> projects, String source, IntConsumer progress) {
    try {
      writer.deleteAll();
      int count = 0;
      for (ProjectDocument project : projects) {
        writer.addDocument(facets.build(document(project)));
        if (++count % 1000 == 0) {
          progress.accept(count);
        }
      }
      progress.accept(count);
      // a rebuilt index is searched far more than it changes: one segment answers a query with one
      // terms lookup per bigram instead of one per segment (later upserts add small segments)
      writer.forceMerge(1);
      commit(source);
      searchers.maybeRefreshBlocking();
      return count;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Makes the changes durable and records the source state they reflect.
   *
   * @param source the source state
   */
  public void commit(String source) {
    try {
      writer.setLiveCommitData(
          Map.of(SCHEMA_KEY, String.valueOf(SearchIndexVersion.SCHEMA), SOURCE_KEY, source)
              .entrySet());
      writer.commit();
      sourceVersion = source;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * Whether the index was missing or of an older schema when opened, and so must be rebuilt.
   *
   * @return true when it must be rebuilt
   */
  public boolean needsRebuild() {
    return needsRebuild;
  }

  /**
   * The source state the last commit reflects.
   *
   * @return the state, empty when never committed
   */
  public String sourceVersion() {
    return sourceVersion;
  }

  /**
   * How many projects the index holds as searchable now.
   *
   * @return the count
   */
  public int size() {
    return withSearcher(s -> s.getIndexReader().numDocs());
  }

  private Document document(ProjectDocument p) {
    Document doc = new Document();
    // the id: the key of upserts, stored to answer with
    doc.add(new StringField("id", String.valueOf(p.id()), Field.Store.YES));
    // name and description: bigrams and unigrams for substring matching; stored for snippets
    doc.add(new Field("name_g2", p.name(), GRAMS));
    doc.add(new Field("name_g1", p.name(), GRAMS));
    doc.add(new Field("desc_g2", p.description(), GRAMS));
    doc.add(new Field("desc_g1", p.description(), GRAMS));
    doc.add(new Field("name_prefix", p.name(), GRAMS));
    doc.add(new StoredField("name", p.name()));
    doc.add(new StoredField("description", p.description()));
    // facets and drill-down filters, counted from doc values
    doc.add(new SortedSetDocValuesFacetField("township", p.township()));
    p.villages().forEach(v -> doc.add(new SortedSetDocValuesFacetField("village", v)));
    doc.add(new SortedSetDocValuesFacetField("type", p.type()));
    doc.add(new SortedSetDocValuesFacetField("status", p.status()));
    doc.add(new SortedSetDocValuesFacetField("year", String.valueOf(p.year())));
    p.sources().forEach(s -> doc.add(new SortedSetDocValuesFacetField("source", s)));
    // amounts and dates: points for ranges, doc values for sorting, stored to answer with
    doc.add(new LongPoint("total", p.totalFen()));
    doc.add(new NumericDocValuesField("total", p.totalFen()));
    doc.add(new StoredField("total", p.totalFen()));
    doc.add(new IntPoint("year_point", p.year()));
    doc.add(new NumericDocValuesField("updated", p.updatedAt()));
    doc.add(new StoredField("township_stored", p.township()));
    doc.add(new StoredField("type_stored", p.type()));
    doc.add(new StoredField("status_stored", p.status()));
    doc.add(new StoredField("year_stored", p.year()));
    return doc;
  }

  // ---- searching ---------------------------------------------------------------------------

  /**
   * One page of results: the top hits, the exact total and the facet counts. The result is computed
   * once as a bit set per segment (text and range from the index, the chosen facet values ANDed
   * from {@link LeafFacets}); each dimension is counted over the result without its own choice
   * (drill-sideways), so a chosen township still shows the other townships' counts; the top N are
   * ranked over the known result, without counting it again. Villages are counted once a township
   * or village is chosen (hundreds of values are no use before that).
   */
  @Override
  public ResultPage search(ProjectQuery query) {
    return withSearcher(
        searcher -> {
          Map<String, String> chosen = new LinkedHashMap<>();
          putChosen(chosen, "township", query.township());
          putChosen(chosen, "type", query.type());
          putChosen(chosen, "status", query.status());
          putChosen(chosen, "year", query.year() == null ? null : String.valueOf(query.year()));
          putChosen(chosen, "source", query.source());
          boolean villages = chosen.containsKey("township") || notBlank(query.village());
          Weight base =
              searcher.createWeight(
                  searcher.rewrite(filtered(query)), ScoreMode.COMPLETE_NO_SCORES, 1f);
          List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
          FixedBitSet[] results = new FixedBitSet[leaves.size()];
          Map<String, Map<String, Long>> counts = new LinkedHashMap<>();
          FACETS.forEach(dim -> counts.put(dim, new HashMap<>()));
          long total = 0;
          for (LeafReaderContext leaf : leaves) {
            LeafFacets values = leafFacets(leaf);
            FixedBitSet matched = matching(base, leaf);
            if (notBlank(query.village())) {
              matched.and(values.village(query.village(), leaf.reader().maxDoc()));
            }
            FixedBitSet result = matched.clone();
            for (Map.Entry<String, String> choice : chosen.entrySet()) {
              and(result, values.bits(choice.getKey(), choice.getValue()));
            }
            total += result.cardinality();
            results[leaf.ord] = result;
            for (String dim : LeafFacets.DENSE) {
              if (!chosen.containsKey(dim)) {
                values.count(dim, result, counts.get(dim));
                continue;
              }
              FixedBitSet sideways = matched.clone();
              for (Map.Entry<String, String> choice : chosen.entrySet()) {
                if (!choice.getKey().equals(dim)) {
                  and(sideways, values.bits(choice.getKey(), choice.getValue()));
                }
              }
              values.count(dim, sideways, counts.get(dim));
            }
            if (villages) {
              values.countVillages(result, counts.get("village"));
            }
          }
          TopDocs top =
              top(searcher, query, chosen.isEmpty() && !notBlank(query.village()) ? null : results);
          List<ResultPage.Hit> hits = new ArrayList<>();
          ScoreDoc[] docs = top.scoreDocs;
          for (int i = query.offset(); i < docs.length; i++) {
            hits.add(hit(searcher.storedFields().document(docs[i].doc), query.text()));
          }
          Map<String, List<ResultPage.FacetCount>> facetCounts = new LinkedHashMap<>();
          counts.forEach((dim, values) -> facetCounts.put(dim, topValues(values)));
          String next =
              query.offset() + query.size() < total
                  ? String.valueOf(query.offset() + query.size())
                  : null;
          return new ResultPage(hits, total, facetCounts, next);
        });
  }

  /**
   * The top N of a known result, scored by the text (or sorted), never counted again. The result's
   * bits filter what the collector keeps rather than lead the search, so that block-max WAND still
   * skips the blocks that cannot reach the top N.
   *
   * @param result the result as bit sets by segment, or null when it is the text and range query's
   *     own
   */
  private TopDocs top(IndexSearcher searcher, ProjectQuery query, FixedBitSet[] result)
      throws IOException {
    int topN = query.offset() + query.size();
    Sort sort = sort(query);
    TopDocsCollector<?> collector =
        sort.getSort()[0] == SortField.FIELD_SCORE
            ? new TopScoreDocCollectorManager(topN, null, topN, false).newCollector()
            : new TopFieldCollectorManager(sort, topN, null, topN, false).newCollector();
    Collector kept =
        result == null
            ? collector
            : new FilterCollector(collector) {
              @Override
              public LeafCollector getLeafCollector(LeafReaderContext leaf) throws IOException {
                FixedBitSet bits = result[leaf.ord];
                return new FilterLeafCollector(super.getLeafCollector(leaf)) {
                  @Override
                  public void collect(int doc) throws IOException {
                    if (bits.get(doc)) {
                      super.collect(doc);
                    }
                  }
                };
              }
            };
    searcher.search(filtered(query), kept);
    return collector.topDocs();
  }

  private static FixedBitSet matching(Weight weight, LeafReaderContext leaf) throws IOException {
    FixedBitSet bits = new FixedBitSet(leaf.reader().maxDoc());
    BulkScorer scorer = weight.bulkScorer(leaf);
    if (scorer != null) {
      scorer.score(
          new LeafCollector() {
            @Override
            public void setScorer(Scorable scorable) {}

            @Override
            public void collect(int doc) {
              bits.set(doc);
            }
          },
          leaf.reader().getLiveDocs());
    }
    return bits;
  }

  private static void and(FixedBitSet result, FixedBitSet value) {
    if (value == null) {
      result.clear(0, result.length());
    } else {
      result.and(value);
    }
  }

  private LeafFacets leafFacets(LeafReaderContext leaf) throws IOException {
    IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
    Object key = helper == null ? leaf.reader() : helper.getKey();
    LeafFacets cached = leafFacets.get(key);
    if (cached == null) {
      cached = LeafFacets.read(leaf.reader(), facets.getDimConfig("township").indexFieldName);
      leafFacets.put(key, cached);
    }
    return cached;
  }

  /** The 50 most frequent values, by count and then by value, as facet counting orders them. */
  private static List<ResultPage.FacetCount> topValues(Map<String, Long> counts) {
    return counts.entrySet().stream()
        .sorted(
            Map.Entry.<String, Long>comparingByValue()
                .reversed()
                .thenComparing(e -> new BytesRef(e.getKey())))
        .limit(50)
        .map(e -> new ResultPage.FacetCount(e.getKey(), e.getValue()))
        .toList();
  }

  private static void putChosen(Map<String, String> chosen, String dim, String value) {
    if (notBlank(value)) {
      chosen.put(dim, value);
    }
  }

  private static boolean notBlank(String value) {
    return value != null && !value.isBlank();
  }

  private Query filtered(ProjectQuery query) {
    Query text = textQuery(query.text());
    if (query.minFen() == null && query.maxFen() == null) {
      return text;
    }
    long min = query.minFen() == null ? Long.MIN_VALUE : query.minFen();
    long max = query.maxFen() == null ? Long.MAX_VALUE : query.maxFen();
    return new BooleanQuery.Builder()
        .add(text, BooleanClause.Occur.MUST)
        .add(LongPoint.newRangeQuery("total", min, max), BooleanClause.Occur.FILTER)
        .build();
  }

  /** The phrase of the text's bigrams (or its one character) in the name or the description. */
  static Query textQuery(String text) {
    if (text.isEmpty()) {
      return new MatchAllDocsQuery();
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (lower.length() == 1) {
      return new BooleanQuery.Builder()
          .add(
              new BoostQuery(new TermQuery(new Term("name_g1", lower)), 3f),
              BooleanClause.Occur.SHOULD)
          .add(new TermQuery(new Term("desc_g1", lower)), BooleanClause.Occur.SHOULD)
          .build();
    }
    return new BooleanQuery.Builder()
        .add(new BoostQuery(phrase("name_g2", lower), 3f), BooleanClause.Occur.SHOULD)
        .add(phrase("desc_g2", lower), BooleanClause.Occur.SHOULD)
        .build();
  }

  private static Query phrase(String field, String lower) {
    List<String> bigrams = new ArrayList<>();
    try (Analyzer analyzer = grams(2, 2);
        TokenStream stream = analyzer.tokenStream(field, lower)) {
      CharTermAttribute term = stream.addAttribute(CharTermAttribute.class);
      stream.reset();
      while (stream.incrementToken()) {
        bigrams.add(term.toString());
      }
      stream.end();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    if (bigrams.size() == 1) {
      return new TermQuery(new Term(field, bigrams.get(0)));
    }
    PhraseQuery.Builder phrase = new PhraseQuery.Builder();
    for (int i = 0; i < bigrams.size(); i++) {
      phrase.add(new Term(field, bigrams.get(i)), i);
    }
    return phrase.build();
  }

  private static Sort sort(ProjectQuery query) {
    return switch (query.sort()) {
      case AMOUNT ->
          new Sort(new SortField("total", SortField.Type.LONG, true), SortField.FIELD_DOC);
      case DATE ->
          new Sort(new SortField("updated", SortField.Type.LONG, true), SortField.FIELD_DOC);
      case RELEVANCE ->
          query.text().isEmpty()
              ? new Sort(new SortField("updated", SortField.Type.LONG, true), SortField.FIELD_DOC)
              : new Sort(SortField.FIELD_SCORE, SortField.FIELD_DOC);
    };
  }

  private static ResultPage.Hit hit(Document doc, String text) {
    String name = doc.get("name");
    return new ResultPage.Hit(
        Long.parseLong(doc.get("id")),
        name,
        doc.get("township_stored"),
        doc.get("type_stored"),
        doc.get("status_stored"),
        doc.getField("year_stored").numericValue().intValue(),
        doc.getField("total").numericValue().longValue(),
        Highlights.mark(name, text),
        Highlights.snippet(doc.get("description"), text, 60));
  }

  @Override
  public List<Suggestion> suggest(String text, int limit) {
    String lower = text == null ? "" : text.strip().toLowerCase(Locale.ROOT);
    if (lower.isEmpty() || lower.length() > 50) {
      return List.of();
    }
    Query prefix = new BoostQuery(new TermQuery(new Term("name_prefix", lower)), 10f);
    Query infix =
        lower.length() == 1 ? new TermQuery(new Term("name_g1", lower)) : phrase("name_g2", lower);
    Query query =
        new BooleanQuery.Builder()
            .add(prefix, BooleanClause.Occur.SHOULD)
            .add(infix, BooleanClause.Occur.SHOULD)
            .build();
    return withSearcher(
        searcher -> {
          List<Suggestion> suggestions = new ArrayList<>();
          for (ScoreDoc hit : searcher.search(query, Math.max(1, Math.min(limit, 20))).scoreDocs) {
            Document doc = searcher.storedFields().document(hit.doc);
            suggestions.add(new Suggestion(Long.parseLong(doc.get("id")), doc.get("name")));
          }
          return suggestions;
        });
  }

  private interface SearcherWork<T> {
    T apply(IndexSearcher searcher) throws IOException;
  }

  private <T> T withSearcher(SearcherWork<T> work) {
    try {
      IndexSearcher searcher = searchers.acquire();
      try {
        return work.apply(searcher);
      } finally {
        searchers.release(searcher);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      refresher.close();
      searchers.close();
      writer.close();
      directory.close();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
