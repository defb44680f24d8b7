package org.kronika.flink;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.UnaryOperator;
import org.apache.flink.api.common.functions.OpenContext;
import org.apache.flink.api.common.functions.RichMapFunction;
import org.apache.flink.api.common.state.CheckpointListener;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.test.KafkaClusterTestKit;
import org.apache.kafka.common.test.TestKitNodes;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.kronika.api.AnnotatedDocument;
import org.kronika.api.ContractJson;
import org.kronika.api.Document;
import org.kronika.api.Origin;
import org.kronika.core.Pipeline;
import org.kronika.formats.DocumentReader;
import org.kronika.formats.InputFormat;
import org.kronika.formats.ReadResult;
import org.kronika.store.StoreLocation;
import org.kronika.store.TestStores;

/**
 * End to end: Kafka's in-process broker, a local Flink MiniCluster at parallelism 2, and the
 * PostgreSQL that {@code .ci/run} starts ({@code KRONIKA_TEST_PG_URL}; skipped without it). 540
 * records (500 articles, 40 bad ones) go in; every article must be in PostgreSQL and on the output
 * topic exactly once, with the events the pipeline gives it, and every bad record on the
 * dead-letter topic exactly once. The second test kills a task mid-stream and checks the same.
 */
class KafkaToPostgresIT {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final int GOOD = 500;
  private static final int BAD = 40;

  private static KafkaClusterTestKit kafka;
  private static Pipeline pipeline;
  private static List<String> annotators;

  @TempDir Path tmp;
  private StoreLocation store;

  @BeforeAll
  static void startKafka() throws Exception {
    assumeTrue(TestStores.postgresAvailable(), TestStores.PG_ENV + " not set: no PostgreSQL to write to");
    kafka = new KafkaClusterTestKit.Builder(
            new TestKitNodes.Builder().setCombined(true).setNumBrokerNodes(1).setNumControllerNodes(1).build())
        .setConfigProp("offsets.topic.replication.factor", "1")
        .setConfigProp("offsets.topic.num.partitions", "2")
        .setConfigProp("transaction.state.log.replication.factor", "1")
        .setConfigProp("transaction.state.log.min.isr", "1")
        .setConfigProp("transaction.state.log.num.partitions", "2")
        .setConfigProp("group.initial.rebalance.delay.ms", "0")
        .build();
    kafka.format();
    kafka.startup();
    kafka.waitForReadyBrokers();
    // every annotator the pack has,
    // so the store's cross-document consolidation runs under parallel writers too
    var available = Pipeline.available("pl");
    annotators = java.util.stream.Stream.of("segment", "morph", "ner", "time", "quantity", "event")
        .filter(available::contains).toList();
    pipeline = new PipelineSpec("pl", annotators, Map.of()).build();
  }

  @AfterAll
  static void stopKafka() throws Exception {
    if (kafka != null) {
      kafka.close();
    }
  }

  @AfterEach
  void dropSchema() {
    if (store != null) {
      TestStores.drop(store);
    }
  }

  @Test
  void everyArticleOnceInPostgresAndOnTheTopic_everyBadRecordDeadLettered() throws Exception {
    runAndCheck(UnaryOperator.identity(), null);
  }

  @Test
  void aTaskKilledMidStreamRestartsFromTheCheckpointWithNoLossAndNoDuplicates() throws Exception {
    Path marker = tmp.resolve("failed-once");
    runAndCheck(s -> s.map(new FailOnceAfterCheckpoint(marker.toString(), 60)).name("fail-once").uid("fail-once"), marker);
    assertThat(marker).as("the injected failure happened").exists();
  }

  private void runAndCheck(UnaryOperator<org.apache.flink.streaming.api.datastream.DataStream<Contract>> tap, Path marker)
      throws Exception {
    String run = UUID.randomUUID().toString().substring(0, 8);
    String in = "articles-" + run;
    String out = "contracts-" + run;
    String dlq = "dead-" + run;
    try (Admin admin = Admin.create(kafka.clientProperties())) {
      admin.createTopics(List.of(new NewTopic(in, 2, (short) 1), new NewTopic(out, 2, (short) 1), new NewTopic(dlq, 1, (short) 1)))
          .all().get();
    }

    // feed: good articles with bad records spread among them; remember where each landed
    Map<String, byte[]> goodAt = new TreeMap<>();
    Set<String> badAt = new TreeSet<>();
    Properties pp = new Properties();
    pp.putAll(kafka.clientProperties());
    pp.put(ProducerConfig.KEY_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    pp.put(ProducerConfig.VALUE_SERIALIZER_CLASS_CONFIG, ByteArraySerializer.class.getName());
    pp.put(ProducerConfig.LINGER_MS_CONFIG, "5");
    try (KafkaProducer<byte[], byte[]> producer = new KafkaProducer<>(pp)) {
      int bad = 0;
      for (int i = 0; i < GOOD; i++) {
        byte[] v = Articles.good(i).getBytes(StandardCharsets.UTF_8);
        RecordMetadata m = producer.send(new ProducerRecord<>(in, i % 2, key(i), v)).get();
        goodAt.put(KafkaArticles.position(in, m.partition(), m.offset()), v);
        if (i % (GOOD / BAD) == 3 && bad < BAD) {
          byte[] b = bad == BAD - 2 ? null // a tombstone
              : bad == BAD - 1 ? "{\"id\":\"nul\",\"text\":\"Tekst z NUL \\u0000 w środku.\"}".getBytes(StandardCharsets.UTF_8) // the store rejects it
              : Articles.bad(bad, bad);
          RecordMetadata mb = producer.send(new ProducerRecord<>(in, bad % 2, null, b)).get();
          badAt.add(KafkaArticles.position(in, mb.partition(), mb.offset()));
          bad++;
        }
      }
      assertThat(bad).isEqualTo(BAD);
    }

    store = TestStores.freshPostgres();
    String db = System.getenv(TestStores.PG_ENV).strip() + (System.getenv(TestStores.PG_ENV).contains("?") ? "&" : "?")
        + "schema=" + store.schema();
    long t0 = System.nanoTime();
    KronikaJob.parse("--local", "--bounded", "--parallelism", "2", "--checkpoint-interval", "500ms",
            "--kafka-bootstrap", kafka.bootstrapServers(), "--input-topic", in, "--group-id", "it-" + run,
            "--output-topic", out, "--dlq-topic", dlq, "--db", db, "--transactional-id-prefix", "it-" + run,
            "--annotators", String.join(",", annotators))
        .run(tap);
    System.err.printf("KafkaToPostgresIT: %d records through the job in %.1f s%n", GOOD + BAD, (System.nanoTime() - t0) / 1e9);

    // what the pipeline gives each article, computed here without Flink
    DocumentReader reader = new DocumentReader();
    ContractJson json = new ContractJson(false);
    Map<String, String> expectedContract = new TreeMap<>();
    Map<String, Integer> expectedEvents = new TreeMap<>();
    Map<String, Integer> expectedMentions = new TreeMap<>();
    for (var e : goodAt.entrySet()) {
      ReadResult r;
      try (var s = reader.read(e.getKey(), e.getValue(), InputFormat.JSONL)) {
        r = s.findFirst().orElseThrow();
      }
      Document d = ((ReadResult.Ok) r).document().withOrigin(new Origin(e.getKey(), null));
      AnnotatedDocument ad = pipeline.annotate(d);
      expectedContract.put(d.id(), json.write(ad, false));
      expectedEvents.put(d.id(), ad.events().size());
      expectedMentions.put(d.id(), ad.entities().stream().mapToInt(en -> en.mentions().size()).sum());
    }
    assertThat(expectedContract).hasSize(GOOD);

    // PostgreSQL: every article once, with its events and mentions
    Properties props = new Properties();
    props.putAll(store.properties());
    Map<String, Integer> docs = new TreeMap<>();
    Map<String, Integer> events = new TreeMap<>();
    Map<String, Integer> mentions = new TreeMap<>();
    try (Connection c = DriverManager.getConnection(store.jdbcUrl(), props); Statement s = c.createStatement()) {
      try (ResultSet rs = s.executeQuery("SELECT id, count(*) FROM documents GROUP BY id")) {
        while (rs.next()) {
          docs.put(rs.getString(1), rs.getInt(2));
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT d.id, count(e.seq) FROM documents d LEFT JOIN events e ON e.doc_seq = d.seq GROUP BY d.id")) {
        while (rs.next()) {
          events.put(rs.getString(1), rs.getInt(2));
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT d.id, count(m.doc_seq) FROM documents d LEFT JOIN mentions m ON m.doc_seq = d.seq GROUP BY d.id")) {
        while (rs.next()) {
          mentions.put(rs.getString(1), rs.getInt(2));
        }
      }
      try (ResultSet rs = s.executeQuery("SELECT count(*) FROM documents")) {
        rs.next();
        assertThat(rs.getInt(1)).as("document rows").isEqualTo(GOOD);
      }
    }
    assertThat(docs.keySet()).isEqualTo(expectedContract.keySet());
    assertThat(docs.values()).allMatch(n -> n == 1);
    assertThat(events).isEqualTo(expectedEvents);
    assertThat(mentions).isEqualTo(expectedMentions);
    assertThat(mentions.values().stream().mapToInt(Integer::intValue).sum()).as("the pipeline found entities").isPositive();

    // output topic (read_committed): every article once, byte for byte the contract JSON
    Map<String, List<String>> published = new HashMap<>();
    for (ConsumerRecord<byte[], byte[]> r : readAll(out)) {
      published.computeIfAbsent(new String(r.key(), StandardCharsets.UTF_8), k -> new ArrayList<>())
          .add(new String(r.value(), StandardCharsets.UTF_8));
    }
    assertThat(new TreeSet<>(published.keySet())).isEqualTo(expectedContract.keySet());
    for (var e : expectedContract.entrySet()) {
      assertThat(published.get(e.getKey())).as("published %s", e.getKey()).containsExactly(e.getValue());
    }

    // dead letters: every bad record once, with a reason
    Map<String, Integer> dead = new TreeMap<>();
    for (ConsumerRecord<byte[], byte[]> r : readAll(dlq)) {
      JsonNode d = MAPPER.readTree(r.value());
      assertThat(d.get("where").asText()).isEqualTo(new String(r.key(), StandardCharsets.UTF_8));
      assertThat(d.get("reason").asText()).isNotBlank();
      dead.merge(d.get("where").asText(), 1, Integer::sum);
    }
    assertThat(dead.keySet()).isEqualTo(badAt);
    assertThat(dead.values()).allMatch(n -> n == 1);
  }

  private static byte[] key(int i) {
    return ("a" + i).getBytes(StandardCharsets.UTF_8);
  }

  /** Every committed record of a topic. */
  private static List<ConsumerRecord<byte[], byte[]>> readAll(String topic) {
    Properties cp = new Properties();
    cp.putAll(kafka.clientProperties());
    cp.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    cp.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, ByteArrayDeserializer.class.getName());
    cp.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
    List<ConsumerRecord<byte[], byte[]>> all = new ArrayList<>();
    try (KafkaConsumer<byte[], byte[]> consumer = new KafkaConsumer<>(cp)) {
      List<TopicPartition> parts = consumer.partitionsFor(topic).stream()
          .map(p -> new TopicPartition(topic, p.partition())).toList();
      consumer.assign(parts);
      consumer.seekToBeginning(parts);
      Map<TopicPartition, Long> end = consumer.endOffsets(parts);
      long deadline = System.nanoTime() + Duration.ofSeconds(30).toNanos();
      while (parts.stream().anyMatch(p -> consumer.position(p) < end.get(p)) && System.nanoTime() < deadline) {
        consumer.poll(Duration.ofMillis(200)).forEach(all::add);
      }
    }
    return all;
  }

  /**
   * Throws once, in subtask 0, after it has passed {@code after} records and seen a checkpoint
   * complete, so the restart has a checkpoint to go back to and records after it to replay. "Once"
   * is a marker file, not a static: Flink builds a fresh instance on restart.
   */
  static final class FailOnceAfterCheckpoint extends RichMapFunction<Contract, Contract> implements CheckpointListener {
    private static final long serialVersionUID = 1L;
    private final String marker;
    private final int after;
    private transient int seen;
    private transient boolean checkpointed;

    FailOnceAfterCheckpoint(String marker, int after) {
      this.marker = marker;
      this.after = after;
    }

    @Override
    public void open(OpenContext openContext) {
      seen = 0;
      checkpointed = false;
    }

    @Override
    public Contract map(Contract c) throws Exception {
      seen++;
      if (checkpointed && seen >= after && getRuntimeContext().getTaskInfo().getIndexOfThisSubtask() == 0) {
        Path m = Path.of(marker);
        if (!Files.exists(m)) {
          Files.writeString(m, "failed after " + seen + " records\n");
          throw new IllegalStateException("injected failure after " + seen + " records");
        }
      }
      return c;
    }

    @Override
    public void notifyCheckpointComplete(long checkpointId) {
      checkpointed = true;
    }
  }
}
