package org.kronika.flink;

import org.apache.flink.api.common.typeinfo.TypeInformation;
import org.apache.flink.connector.kafka.source.reader.deserializer.KafkaRecordDeserializationSchema;
import org.apache.flink.util.Collector;
import org.apache.kafka.clients.consumer.ConsumerRecord;

/**
 * A Kafka record of the input topic as a {@link RawInput}: its value untouched (parsing happens in
 * {@link ProcessArticles}, so a bad record becomes a dead letter rather than a failed task) and its
 * position {@code kafka:topic/partition@offset} as the origin.
 */
final class KafkaArticles implements KafkaRecordDeserializationSchema<RawInput> {
  private static final long serialVersionUID = 1L;

  static String position(String topic, int partition, long offset) {
    return "kafka:" + topic + "/" + partition + "@" + offset;
  }

  @Override
  public void deserialize(ConsumerRecord<byte[], byte[]> record, Collector<RawInput> out) {
    out.collect(new RawInput(position(record.topic(), record.partition(), record.offset()), null, record.value()));
  }

  @Override
  public TypeInformation<RawInput> getProducedType() {
    return TypeInformation.of(RawInput.class);
  }
}
