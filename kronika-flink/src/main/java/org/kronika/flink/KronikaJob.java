package org.kronika.flink;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.Callable;
import java.util.function.UnaryOperator;
import org.apache.flink.api.common.JobExecutionResult;
import org.apache.flink.api.common.eventtime.WatermarkStrategy;
import org.apache.flink.api.common.serialization.SimpleStringEncoder;
import org.apache.flink.api.common.typeinfo.Types;
import org.apache.flink.configuration.Configuration;
import org.apache.flink.configuration.RestartStrategyOptions;
import org.apache.flink.connector.base.DeliveryGuarantee;
import org.apache.flink.connector.file.sink.FileSink;
import org.apache.flink.connector.file.src.FileSource;
import org.apache.flink.connector.kafka.sink.KafkaRecordSerializationSchema;
import org.apache.flink.connector.kafka.sink.KafkaSink;
import org.apache.flink.connector.kafka.source.KafkaSource;
import org.apache.flink.connector.kafka.source.enumerator.initializer.OffsetsInitializer;
import org.apache.flink.core.execution.CheckpointingMode;
import org.apache.flink.core.fs.Path;
import org.apache.flink.streaming.api.datastream.DataStream;
import org.apache.flink.streaming.api.datastream.SingleOutputStreamOperator;
import org.apache.flink.streaming.api.environment.StreamExecutionEnvironment;
import org.apache.flink.streaming.api.functions.sink.filesystem.rollingpolicies.OnCheckpointRollingPolicy;
import org.apache.flink.streaming.api.functions.sink.v2.DiscardingSink;
import org.apache.flink.util.TimeUtils;
import org.apache.kafka.clients.consumer.OffsetResetStrategy;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.kronika.store.KnowledgeBase;
import org.kronika.store.StoreLocation;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * The Kronika Flink job: raw articles from a Kafka topic and/or a directory of JSONL files, through
 * the same pipeline as {@code kronika extract}, into PostgreSQL (the knowledge base's schema) and
 * out as contract JSON to a Kafka topic and/or files; bad records go to a dead-letter topic and/or
 * directory. See docs/SCALING.md.
 *
 * <p>Delivery: checkpoints every {@code --checkpoint-interval} (exactly-once mode); the sources
 * replay from the last checkpoint after a failure. PostgreSQL gets each document at least once and
 * stores it once (idempotent by id and content hash). The Kafka and file sinks are transactional
 * (two-phase commit on checkpoints), so a {@code read_committed} consumer sees each document once;
 * with {@code --delivery at-least-once} the Kafka sinks skip transactions (lower latency) and
 * consumers dedupe by the record key (document id / dead-letter position).
 */
@Command(name = "kronika flink", mixinStandardHelpOptions = true, sortOptions = false,
    description = "Run the Kronika pipeline on Apache Flink: Kafka/files -> PostgreSQL/Kafka/files.")
public final class KronikaJob implements Callable<Integer> {
  @Option(names = "--local", description = "Run in this JVM on a local Flink MiniCluster (else: the cluster that 'flink run' submits to).")
  boolean local;

  @Option(names = "--kafka-bootstrap", paramLabel = "HOST:PORT,...", description = "Kafka brokers.")
  String kafkaBootstrap;

  @Option(names = "--input-topic", description = "Topic of raw articles, one JSON object per record (as one .jsonl line).")
  String inputTopic;

  @Option(names = "--group-id", defaultValue = "kronika-flink", description = "Consumer group (default: ${DEFAULT-VALUE}).")
  String groupId;

  @Option(names = "--output-topic", description = "Topic for the contract JSON, keyed by document id.")
  String outputTopic;

  @Option(names = "--dlq-topic", description = "Dead-letter topic, keyed by the record's position.")
  String dlqTopic;

  @Option(names = "--input-dir", paramLabel = "DIR", description = "Directory (or file) of JSONL articles; may repeat.")
  List<String> inputDirs = new ArrayList<>();

  @Option(names = "--monitor", paramLabel = "INTERVAL", description = "Keep watching --input-dir for new files at this interval (e.g. 10s); default: read once.")
  String monitor;

  @Option(names = "--output-dir", paramLabel = "DIR", description = "Write the contract JSON as JSONL part files here.")
  String outputDir;

  @Option(names = "--dlq-dir", paramLabel = "DIR", description = "Write dead letters as JSONL part files here.")
  String dlqDir;

  @Option(names = "--db", paramLabel = "URL", description = "PostgreSQL knowledge base: postgresql://user:pass@host:port/db[?schema=s].")
  String db;

  @Option(names = "--parallelism", description = "Parallel tasks (default: the cluster's, or 1 with --local).")
  Integer parallelism;

  @Option(names = "--checkpoint-interval", defaultValue = "10s", paramLabel = "INTERVAL",
      description = "Checkpoint interval (default: ${DEFAULT-VALUE}); Kafka/file output becomes visible at checkpoints.")
  String checkpointInterval;

  @Option(names = "--bounded", description = "Stop at the end of the input: Kafka's latest offsets at start-up, the files present now.")
  boolean bounded;

  @Option(names = "--delivery", defaultValue = "exactly-once",
      description = "Kafka sinks: exactly-once (transactions) or at-least-once (consumers dedupe by key); default: ${DEFAULT-VALUE}.")
  String delivery;

  @Option(names = "--transactional-id-prefix", description = "Prefix of the Kafka transactional ids; unique per job (default: kronika-<output topic>).")
  String transactionalIdPrefix;

  @Option(names = "--restart-attempts", defaultValue = "10", description = "Restarts from the last checkpoint before the job fails (default: ${DEFAULT-VALUE}).")
  int restartAttempts;

  @Option(names = "--job-name", defaultValue = "kronika")
  String jobName;

  @Option(names = "--lang", defaultValue = "pl", description = "Language pack (default: ${DEFAULT-VALUE}).")
  String lang;

  @Option(names = "--annotators", split = ",", description = "Annotators in order (default: the full pipeline, as kronika extract).")
  List<String> annotators;

  @Option(names = "-D", paramLabel = "KEY=VALUE", description = "Annotator option, e.g. -D ner.model=FILE.")
  Map<String, String> options = new LinkedHashMap<>();

  public static void main(String[] args) {
    KronikaJob job = new KronikaJob();
    int rc = new CommandLine(job).execute(args);
    if (rc != 0) {
      if (job.local || args.length == 0 || List.of(args).contains("--help")) {
        System.exit(rc);
      }
      // inside a cluster's client or application runner: no System.exit, which would take the runner down
      throw new IllegalStateException("kronika flink failed (exit code " + rc + ")");
    }
  }

  @Override
  public Integer call() throws Exception {
    JobExecutionResult r = run(UnaryOperator.identity());
    if (r != null && r.getNetRuntime() > 0) {
      System.err.println("kronika flink: finished in " + r.getNetRuntime() + " ms");
    }
    return 0;
  }

  /** Parses arguments as the command line does (for tests and the bench). */
  public static KronikaJob parse(String... args) {
    return CommandLine.populateCommand(new KronikaJob(), args);
  }

  /**
   * Builds and runs the job. {@code tap} sees the stream of contract JSON before the sinks (tests
   * insert a failure there); the identity otherwise. Returns when a bounded job ends.
   */
  public JobExecutionResult run(UnaryOperator<DataStream<Contract>> tap) throws Exception {
    validate();
    if (db != null) {
      // migrate once from the client, so parallel tasks do not race to create the schema
      KnowledgeBase.open(StoreLocation.postgres(db)).close();
    }
    StreamExecutionEnvironment env = environment();
    build(env, tap);
    return env.execute(jobName);
  }

  void validate() {
    if (inputTopic == null && inputDirs.isEmpty()) {
      throw new CommandLine.ParameterException(new CommandLine(this), "give --input-topic and/or --input-dir");
    }
    if ((inputTopic != null || outputTopic != null || dlqTopic != null) && kafkaBootstrap == null) {
      throw new CommandLine.ParameterException(new CommandLine(this), "Kafka topics need --kafka-bootstrap");
    }
    if (!delivery.equals("exactly-once") && !delivery.equals("at-least-once")) {
      throw new CommandLine.ParameterException(new CommandLine(this), "--delivery must be exactly-once or at-least-once");
    }
    if (db != null) {
      StoreLocation.postgres(db); // fails on a malformed URL before anything starts
    }
  }

  StreamExecutionEnvironment environment() {
    Duration interval = TimeUtils.parseDuration(checkpointInterval);
    Configuration conf = new Configuration();
    conf.set(RestartStrategyOptions.RESTART_STRATEGY, "fixed-delay");
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_ATTEMPTS, restartAttempts);
    conf.set(RestartStrategyOptions.RESTART_STRATEGY_FIXED_DELAY_DELAY, Duration.ofSeconds(1));
    StreamExecutionEnvironment env;
    if (local) {
      env = StreamExecutionEnvironment.createLocalEnvironment(parallelism == null ? 1 : parallelism, conf);
    } else {
      env = StreamExecutionEnvironment.getExecutionEnvironment(conf);
      if (parallelism != null) {
        env.setParallelism(parallelism);
      }
    }
    env.enableCheckpointing(interval.toMillis(), CheckpointingMode.EXACTLY_ONCE);
    return env;
  }

  /** Adds the sources, the processing and the sinks to {@code env}. */
  void build(StreamExecutionEnvironment env, UnaryOperator<DataStream<Contract>> tap) {
    DataStream<RawInput> input = null;
    if (inputTopic != null) {
      var kafka = KafkaSource.<RawInput>builder()
          .setBootstrapServers(kafkaBootstrap)
          .setTopics(inputTopic)
          .setGroupId(groupId)
          // a restored job resumes from its checkpoint; a new one from the group's committed offsets, else the start
          .setStartingOffsets(OffsetsInitializer.committedOffsets(OffsetResetStrategy.EARLIEST))
          .setDeserializer(new KafkaArticles())
          .setProperty("isolation.level", "read_committed");
      if (bounded) {
        kafka.setBounded(OffsetsInitializer.latest());
      } else {
        kafka.setProperty("partition.discovery.interval.ms", "60000");
      }
      KafkaSource<RawInput> source = kafka.build();
      input = env.fromSource(source, WatermarkStrategy.noWatermarks(), "kafka-articles").uid("kafka-articles");
    }
    if (!inputDirs.isEmpty()) {
      FileSource.FileSourceBuilder<RawInput> files =
          FileSource.forBulkFileFormat(new JsonlLinesFormat(), inputDirs.stream().map(Path::new).toArray(Path[]::new));
      if (monitor != null && !bounded) {
        files.monitorContinuously(TimeUtils.parseDuration(monitor));
      }
      DataStream<RawInput> fromFiles =
          env.fromSource(files.build(), WatermarkStrategy.noWatermarks(), "jsonl-files").uid("jsonl-files");
      input = input == null ? fromFiles : input.union(fromFiles);
    }

    SingleOutputStreamOperator<Contract> processed = input
        .process(new ProcessArticles(new PipelineSpec(lang, annotators, options), db))
        .name("read-annotate-store").uid("read-annotate-store");
    DataStream<DeadLetter> dead = processed.getSideOutput(ProcessArticles.DEAD_LETTERS);
    DataStream<Contract> contracts = tap.apply(processed);

    boolean anyOutput = false;
    if (outputTopic != null) {
      contracts.sinkTo(kafkaSink(outputTopic, "out", new ContractRecords(outputTopic)))
          .name("kafka-contracts").uid("kafka-contracts");
      anyOutput = true;
    }
    if (outputDir != null) {
      contracts.map(c -> c.json).returns(Types.STRING).name("contract-json").uid("contract-json")
          .sinkTo(fileSink(outputDir)).name("file-contracts").uid("file-contracts");
      anyOutput = true;
    }
    if (!anyOutput) {
      contracts.sinkTo(new DiscardingSink<>()).name("no-output").uid("no-output");
    }

    boolean anyDlq = false;
    if (dlqTopic != null) {
      dead.sinkTo(kafkaSink(dlqTopic, "dlq", new DeadLetterRecords(dlqTopic))).name("kafka-dead-letters").uid("kafka-dead-letters");
      anyDlq = true;
    }
    if (dlqDir != null) {
      dead.map(DeadLetter::toJson).returns(Types.STRING).name("dead-letter-json").uid("dead-letter-json")
          .sinkTo(fileSink(dlqDir)).name("file-dead-letters").uid("file-dead-letters");
      anyDlq = true;
    }
    if (!anyDlq) {
      dead.map(d -> {
        System.err.println("kronika flink: dead letter " + d);
        return d;
      }).returns(DeadLetter.class).name("log-dead-letters").uid("log-dead-letters")
          .sinkTo(new DiscardingSink<>()).name("no-dlq").uid("no-dlq");
    }
  }

  private <T> KafkaSink<T> kafkaSink(String topic, String role, KafkaRecordSerializationSchema<T> records) {
    Properties producer = new Properties();
    // below the broker's transaction.max.timeout.ms (15 min by default), above any sane checkpoint interval
    producer.setProperty("transaction.timeout.ms", "600000");
    var b = KafkaSink.<T>builder()
        .setBootstrapServers(kafkaBootstrap)
        .setKafkaProducerConfig(producer)
        .setRecordSerializer(records);
    if (delivery.equals("exactly-once")) {
      String prefix = transactionalIdPrefix != null ? transactionalIdPrefix : "kronika-" + (outputTopic != null ? outputTopic : topic);
      b.setDeliveryGuarantee(DeliveryGuarantee.EXACTLY_ONCE).setTransactionalIdPrefix(prefix + "-" + role);
    } else {
      b.setDeliveryGuarantee(DeliveryGuarantee.AT_LEAST_ONCE);
    }
    return b.build();
  }

  private static FileSink<String> fileSink(String dir) {
    return FileSink.forRowFormat(new Path(dir), new SimpleStringEncoder<String>(StandardCharsets.UTF_8.name()))
        .withRollingPolicy(OnCheckpointRollingPolicy.build())
        .build();
  }

  /** Contract JSON keyed by document id. */
  private record ContractRecords(String topic) implements KafkaRecordSerializationSchema<Contract> {
    @Override
    public ProducerRecord<byte[], byte[]> serialize(Contract c, KafkaSinkContext context, Long timestamp) {
      return new ProducerRecord<>(topic, c.id.getBytes(StandardCharsets.UTF_8), c.json.getBytes(StandardCharsets.UTF_8));
    }
  }

  /** Dead letters keyed by the input's position. */
  private record DeadLetterRecords(String topic) implements KafkaRecordSerializationSchema<DeadLetter> {
    @Override
    public ProducerRecord<byte[], byte[]> serialize(DeadLetter d, KafkaSinkContext context, Long timestamp) {
      return new ProducerRecord<>(topic, d.where.getBytes(StandardCharsets.UTF_8), d.toJson().getBytes(StandardCharsets.UTF_8));
    }
  }
}
