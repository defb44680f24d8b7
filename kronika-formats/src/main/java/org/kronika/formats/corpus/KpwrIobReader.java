package org.kronika.formats.corpus;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Function;
import java.util.stream.Stream;
import org.kronika.formats.corpus.NkjpIobReader.IobDocument;
import org.kronika.formats.corpus.NkjpIobReader.IobEntity;
import org.kronika.formats.corpus.NkjpIobReader.IobSentence;

/**
 * Streams the KPWr-NER (n82) IOB export: same layout as {@link NkjpIobReader}, one flat fine-grained
 * {@code nam_*} label per token. {@link #entities} maps the fine types to Kronika's NKJP-style ones:
 *
 * <table>
 *   <tr><th>KPWr n82</th><th>Kronika</th></tr>
 *   <tr><td>nam_liv_person, nam_liv_god</td><td>persName</td></tr>
 *   <tr><td>nam_org_* except nam_org_nation</td><td>orgName</td></tr>
 *   <tr><td>nam_loc_gpe_country, nam_adj_country</td><td>placeName.country</td></tr>
 *   <tr><td>nam_loc_gpe_city, nam_adj_city</td><td>placeName.settlement</td></tr>
 *   <tr><td>nam_loc_gpe_admin1/2/3, nam_loc_historical_region, nam_loc_country_region</td>
 *       <td>placeName.region</td></tr>
 *   <tr><td>nam_loc_gpe_district, nam_loc_gpe_subdivision</td><td>placeName.district</td></tr>
 *   <tr><td>nam_loc_land_*, nam_loc_hydronym_*, nam_loc (bare), nam_fac_road, nam_fac_square,
 *       nam_fac_park, nam_fac_bridge</td><td>geogName</td></tr>
 *   <tr><td>everything else (nam_pro_*, nam_eve_*, nam_oth_*, nam_num_*, nam_fac_goe, nam_fac_system,
 *       nam_org_nation, nam_liv_animal, nam_liv_habitant, nam_adj, nam_adj_person)</td>
 *       <td>not an entity type of ours ({@link #UNMAPPED}); evaluation ignores predictions that
 *       overlap these spans</td></tr>
 * </table>
 */
public final class KpwrIobReader {
  /** Type given to KPWr names that have no counterpart among Kronika's types. */
  public static final String UNMAPPED = "-";

  private KpwrIobReader() {}

  public static Stream<IobDocument> documents(Path file) throws IOException {
    return NkjpIobReader.documents(file);
  }

  public static Stream<IobDocument> read(BufferedReader reader) {
    return NkjpIobReader.read(reader);
  }

  /** All entities of a sentence; those without a Kronika type get {@link #UNMAPPED}. */
  public static List<IobEntity> entities(IobSentence sentence) {
    return NkjpIobReader.entities(sentence, Function.identity(), KpwrIobReader::mapType);
  }

  /** Maps a KPWr n82 type to Kronika's, or {@link #UNMAPPED}. */
  public static String mapType(String t) {
    switch (t) {
      case "nam_liv_person":
      case "nam_liv_god":
        return "persName";
      case "nam_org_nation":
        return UNMAPPED;
      case "nam_loc_gpe_country":
      case "nam_adj_country":
        return "placeName.country";
      case "nam_loc_gpe_city":
      case "nam_adj_city":
        return "placeName.settlement";
      case "nam_loc_gpe_admin1":
      case "nam_loc_gpe_admin2":
      case "nam_loc_gpe_admin3":
      case "nam_loc_historical_region":
      case "nam_loc_country_region":
        return "placeName.region";
      case "nam_loc_gpe_district":
      case "nam_loc_gpe_subdivision":
        return "placeName.district";
      case "nam_loc":
      case "nam_fac_road":
      case "nam_fac_square":
      case "nam_fac_park":
      case "nam_fac_bridge":
        return "geogName";
      default:
        if (t.startsWith("nam_org_")) {
          return "orgName";
        }
        if (t.startsWith("nam_loc_land") || t.startsWith("nam_loc_hydronym")) {
          return "geogName";
        }
        return UNMAPPED;
    }
  }
}
