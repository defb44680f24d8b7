package org.kronika.pl.morph;

/**
 * The attributes of one atomic NKJP tag, found by value (so the field order of each class does not
 * matter): {@code adj:sg:gen:f:pos} has pos {@code adj}, number {@code sg}, case {@code gen},
 * gender {@code f}, degree {@code pos}. Missing attributes are empty strings.
 */
public record MorphTag(
    String tag, String pos, String number, String kase, String gender, String person, String aspect, String degree) {

  public static MorphTag parse(String tag) {
    String pos = "";
    String number = "";
    String kase = "";
    String gender = "";
    String person = "";
    String aspect = "";
    String degree = "";
    int from = 0;
    int field = 0;
    int n = tag.length();
    while (from <= n) {
      int c = tag.indexOf(':', from);
      if (c < 0) {
        c = n;
      }
      String v = tag.substring(from, c);
      if (field == 0) {
        pos = v;
      } else {
        switch (v) {
          case "sg", "pl" -> number = v;
          case "nom", "gen", "dat", "acc", "inst", "loc", "voc" -> kase = v;
          case "m1", "m2", "m3", "f", "n" -> gender = v;
          case "pri", "sec", "ter" -> person = v;
          case "perf", "imperf" -> aspect = v;
          case "pos", "com", "sup" -> degree = v;
          default -> { }
        }
      }
      field++;
      from = c + 1;
    }
    return new MorphTag(tag, pos, number, kase, gender, person, aspect, degree);
  }

  /** True for classes that inflect for case, number and gender and agree with a noun. */
  public boolean isAdjectival() {
    return switch (pos) {
      case "adj", "ppas", "pact" -> true;
      default -> false;
    };
  }

  public boolean isNominal() {
    return switch (pos) {
      case "subst", "depr", "ger", "ppron12", "ppron3", "siebie" -> true;
      default -> false;
    };
  }
}
