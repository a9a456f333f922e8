import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Paths;
import java.util.Base64;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.nl.DutchAnalyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.LogByteSizeMergePolicy;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.queryparser.classic.QueryParser;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.store.ByteBuffersDirectory;

/**
 * Plain Lucene (DutchAnalyzer, BM25, classic QueryParser, OR) as an outside reference ranking for
 * polkb's search-quality bench: driven by bench/anchors/lucene_anchor.py, not by hand.
 *
 * <p>Usage: {@code java LuceneAnchor PASSAGES QUERIES K}. Both files hold one record a line, the
 * base64 of its UTF-8 text (so tabs and newlines in passages need no escaping). Prints one line per
 * query: the 0-based line numbers in PASSAGES of the top K hits, best first, space-separated; an
 * empty line for no hits or an unparseable query. Timings go to stderr.
 */
public final class LuceneAnchor {
  private static final String FIELD = "text";
  private static final String ORDINAL = "i";
  /** QueryParser.escape leaves the operator words alone; "\AND" parses as the plain term "AND". */
  private static final Pattern OPERATOR_WORDS = Pattern.compile("\\b(AND|OR|NOT)\\b");

  public static void main(String[] args) throws Exception {
    if (args.length != 3) {
      System.err.println("usage: java LuceneAnchor PASSAGES QUERIES K");
      System.exit(2);
    }
    int k = Integer.parseInt(args[2]);
    Base64.Decoder b64 = Base64.getDecoder();
    Analyzer analyzer = new DutchAnalyzer();
    // A long pasted question must rank, not throw TooManyClauses.
    IndexSearcher.setMaxClauseCount(Integer.MAX_VALUE);

    long t0 = System.nanoTime();
    ByteBuffersDirectory dir = new ByteBuffersDirectory();
    // One thread and a log merge policy keep doc ids in file order, so ties break the same way each run.
    IndexWriterConfig cfg =
        new IndexWriterConfig(analyzer)
            .setOpenMode(IndexWriterConfig.OpenMode.CREATE)
            .setRAMBufferSizeMB(512)
            .setMergePolicy(new LogByteSizeMergePolicy());
    int n = 0;
    try (IndexWriter writer = new IndexWriter(dir, cfg);
        BufferedReader in = Files.newBufferedReader(Paths.get(args[0]), StandardCharsets.US_ASCII)) {
      StoredField ordinal = new StoredField(ORDINAL, 0);
      TextField text = new TextField(FIELD, "", Field.Store.NO);
      Document doc = new Document();
      doc.add(ordinal);
      doc.add(text);
      for (String line; (line = in.readLine()) != null; n++) {
        ordinal.setIntValue(n);
        text.setStringValue(new String(b64.decode(line), StandardCharsets.UTF_8));
        writer.addDocument(doc);
      }
    }
    long t1 = System.nanoTime();

    int queries = 0;
    try (DirectoryReader reader = DirectoryReader.open(dir);
        BufferedReader in = Files.newBufferedReader(Paths.get(args[1]), StandardCharsets.US_ASCII);
        BufferedWriter out =
            new BufferedWriter(new OutputStreamWriter(System.out, StandardCharsets.UTF_8))) {
      IndexSearcher searcher = new IndexSearcher(reader);
      StoredFields stored = searcher.storedFields();
      QueryParser parser = new QueryParser(FIELD, analyzer); // default operator: OR
      for (String line; (line = in.readLine()) != null; queries++) {
        Query query = parse(parser, new String(b64.decode(line), StandardCharsets.UTF_8));
        if (query != null && k > 0) {
          ScoreDoc[] hits = searcher.search(query, k).scoreDocs;
          for (int j = 0; j < hits.length; j++) {
            if (j > 0) out.write(' ');
            out.write(Integer.toString(stored.document(hits[j].doc).getField(ORDINAL).numericValue().intValue()));
          }
        }
        out.write('\n');
      }
    }
    long t2 = System.nanoTime();
    System.err.printf(
        "LuceneAnchor: indexed %d passages in %.2f s, ran %d queries in %.2f s%n",
        n, (t1 - t0) / 1e9, queries, (t2 - t1) / 1e9);
  }

  /** Any user string as a bag of words: syntax escaped; null when nothing parses. */
  static Query parse(QueryParser parser, String text) {
    if (text.isBlank()) return null;
    String escaped = OPERATOR_WORDS.matcher(QueryParser.escape(text)).replaceAll("\\\\$1");
    try {
      return parser.parse(escaped);
    } catch (Exception e) { // ParseException, or anything else the grammar throws on odd input
      return null;
    }
  }
}
