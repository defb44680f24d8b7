package org.kronika.formats.corpus;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.BufferedReader;
import java.io.StringReader;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.kronika.formats.corpus.NkjpIobReader.IobDocument;
import org.kronika.formats.corpus.NkjpIobReader.IobEntity;

class NkjpIobReaderTest {
  static final String SAMPLE = String.join("\n",
      "-DOCSTART CONFIG FEATURES orth base ctag",
      "-DOCSTART FILE ./doc-1",
      "Halina\tHalina\tsubst:sg:nom:f\tB-persName#B-persName-forename",
      "Auderska\tAuderska\tsubst:sg:voc:f\tI-persName#B-persName-surname",
      "z\tz\tprep:gen:nwok\tO",
      "Uniwersytetu\tuniwersytet\tsubst:sg:gen:m3\tB-orgName",
      "Warszawskiego\twarszawski\tadj:sg:gen:m3:pos\tI-orgName#B-placeName-settlement",
      "\t\t\t",
      "",
      "rosyjskich\trosyjski\tadj:pl:gen:m3:pos\tB-placeName-country",
      "w\tw\tprep:loc:nwok\tO",
      "maju\tmaj\tsubst:sg:loc:m3\tB-date",
      "-DOCSTART FILE ./doc-2",
      "Wisła\tWisła\tsubst:sg:nom:f\tB-geogName",
      "");

  static List<IobDocument> read(String s) {
    return NkjpIobReader.read(new BufferedReader(new StringReader(s))).collect(Collectors.toList());
  }

  @Test
  void readsDocumentsAndSentences() {
    List<IobDocument> docs = read(SAMPLE.replace("\t\t\t\n", ""));
    assertThat(docs).extracting(IobDocument::id).containsExactly("./doc-1", "./doc-2");
    assertThat(docs.get(0).sentences()).hasSize(2);
    assertThat(docs.get(0).sentences().get(0).words())
        .containsExactly("Halina", "Auderska", "z", "Uniwersytetu", "Warszawskiego");
  }

  @Test
  void keepsOutermostEntitiesAndMapsTypes() {
    IobDocument d = read(SAMPLE.replace("\t\t\t\n", "")).get(0);
    assertThat(NkjpIobReader.topLevelEntities(d.sentences().get(0))).containsExactly(
        new IobEntity(0, 2, "persName"), new IobEntity(3, 5, "orgName"));
    // relational adjective is a country mention; date is not an entity type here
    assertThat(NkjpIobReader.topLevelEntities(d.sentences().get(1)))
        .containsExactly(new IobEntity(0, 1, "placeName.country"));
  }

  @Test
  void mapsTypes() {
    assertThat(NkjpIobReader.mapType("persName-surname")).isEqualTo("persName");
    assertThat(NkjpIobReader.mapType("placeName-bloc")).isEqualTo("placeName.bloc");
    assertThat(NkjpIobReader.mapType("placeName")).isEqualTo("placeName");
    assertThat(NkjpIobReader.mapType("time")).isNull();
  }

  @Test
  void danglingInsideStartsANewEntity() {
    IobDocument d = read("-DOCSTART FILE x\na\ta\tsubst\tI-orgName\nb\tb\tsubst\tB-orgName\n"
        + "c\tc\tsubst\tI-orgName\n").get(0);
    assertThat(NkjpIobReader.topLevelEntities(d.sentences().get(0))).containsExactly(
        new IobEntity(0, 1, "orgName"), new IobEntity(1, 3, "orgName"));
  }

  @Test
  void kpwrMapping() {
    IobDocument d = read("-DOCSTART FILE x\nAlek\tAlek\tsubst\tB-nam_liv_person\n"
        + "Tarkowski\tT\tsubst\tI-nam_liv_person\nz\tz\tprep\tO\nChrome\tc\tadj\tB-nam_pro_software\n"
        + "polskiej\tp\tadj\tB-nam_adj_country\n").get(0);
    assertThat(KpwrIobReader.entities(d.sentences().get(0))).containsExactly(
        new IobEntity(0, 2, "persName"), new IobEntity(3, 4, KpwrIobReader.UNMAPPED),
        new IobEntity(4, 5, "placeName.country"));
    assertThat(KpwrIobReader.mapType("nam_loc_gpe_city")).isEqualTo("placeName.settlement");
    assertThat(KpwrIobReader.mapType("nam_org_group_team")).isEqualTo("orgName");
    assertThat(KpwrIobReader.mapType("nam_loc_hydronym_river")).isEqualTo("geogName");
  }
}
