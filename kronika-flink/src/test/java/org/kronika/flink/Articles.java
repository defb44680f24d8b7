package org.kronika.flink;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * Synthetic Polish news articles as JSONL lines (seeded, so runs are repeatable), and the kinds of
 * bad records a real feed brings: malformed JSON, no text, binary junk, wrong types, bad dates.
 */
final class Articles {
  private static final ObjectMapper MAPPER = new ObjectMapper();
  private static final String[] COUNTRIES = {"Rosji", "Niemiec", "Ukrainy", "Chin", "Francji", "Litwy", "Japonii", "Korei Południowej"};
  private static final String[] CITIES = {"Warszawie", "Berlinie", "Kijowie", "Wilnie", "Paryżu", "Seulu", "Tokio", "Brukseli"};
  private static final String[] MONTHS = {"stycznia", "lutego", "marca", "kwietnia", "maja", "czerwca", "lipca", "sierpnia", "września", "października", "listopada", "grudnia"};
  private static final String[] PUBLISHERS = {"PAP", "Reuters", "Onet", "TVN24", "Kresy.pl/Reuters", "Defence24", "Yonhap"};
  private static final String[] SENTENCES = {
    "Korea Północna dostarczyła %s ponad %d kontenerów ze sprzętem wojskowym i amunicją.",
    "Minister spraw zagranicznych Polski spotkał się %d %s w %s z przedstawicielami %s.",
    "Według agencji Reuters w porcie Rajin wyładowano %d ton amunicji przeznaczonej dla %s.",
    "Rzecznik Białego Domu John Kirby powiedział w poniedziałek, że Stany Zjednoczone nałożą sankcje na władze %s.",
    "Rząd w Warszawie przeznaczy %d mln zł na ochronę granicy z %s.",
    "Zdjęcia satelitarne pokazują, że ruch w porcie w %s gwałtownie wzrósł w ciągu ostatnich %d dni.",
    "Moskwa i Pjongjang zaprzeczają, by doszło do jakiejkolwiek wymiany broni, a ambasador %s wezwał do spokoju.",
    "Szczyt NATO w %s zakończył się %d %s 2024 roku przyjęciem wspólnej deklaracji.",
  };

  private Articles() {}

  /** Article {@code i}: a JSON object with id, date, title, source and 3–6 sentences of text. */
  static String good(int i) {
    Random r = new Random(1_000_003L * i + 17);
    StringBuilder text = new StringBuilder();
    int n = 3 + r.nextInt(4);
    for (int k = 0; k < n; k++) {
      String country = COUNTRIES[r.nextInt(COUNTRIES.length)];
      String city = CITIES[r.nextInt(CITIES.length)];
      int num = 2 + r.nextInt(2000);
      String month = MONTHS[r.nextInt(12)];
      int day = 1 + r.nextInt(28);
      String s = switch (k % SENTENCES.length == 0 ? r.nextInt(SENTENCES.length) : (i + k) % SENTENCES.length) {
        case 0 -> String.format(SENTENCES[0], country, num);
        case 1 -> String.format(SENTENCES[1], day, month, city, country);
        case 2 -> String.format(SENTENCES[2], num, country);
        case 3 -> String.format(SENTENCES[3], country);
        case 4 -> String.format(SENTENCES[4], num, country);
        case 5 -> String.format(SENTENCES[5], city, num);
        case 6 -> String.format(SENTENCES[6], country);
        default -> String.format(SENTENCES[7], city, day, month);
      };
      text.append(k == 0 ? "" : " ").append(s);
    }
    text.append(" (Artykuł nr ").append(i).append(".)");
    ObjectNode o = MAPPER.createObjectNode();
    o.put("id", "a" + i);
    o.put("date", String.format("2024-%02d-%02d", 1 + i % 12, 1 + i % 28));
    o.put("title", "Wiadomość " + i);
    o.put("source", PUBLISHERS[i % PUBLISHERS.length]);
    o.put("text", text.toString());
    return o.toString();
  }

  /** A bad record; {@code kind} cycles through the kinds of damage. */
  static byte[] bad(int i, int kind) {
    String s = switch (kind % 7) {
      case 0 -> "{\"id\": \"bad" + i + "\", \"text\": \"Urwany artykuł"; // malformed JSON
      case 1 -> "{\"id\": \"bad" + i + "\", \"title\": \"Bez tekstu\"}"; // missing text
      case 2 -> "{\"id\": \"bad" + i + "\", \"text\": \"   \"}"; // empty text
      case 3 -> "{\"id\": \"bad" + i + "\", \"text\": 42}"; // wrong type
      case 4 -> "{\"id\": \"bad" + i + "\", \"text\": \"Tekst.\", \"date\": \"2024-13-45\"}"; // bad date
      case 5 -> "[\"to nie jest obiekt\", " + i + "]"; // not an object
      default -> null;
    };
    if (s != null) {
      return s.getBytes(StandardCharsets.UTF_8);
    }
    byte[] junk = new byte[64 + i % 50]; // binary junk with NUL bytes
    new Random(i).nextBytes(junk);
    junk[3] = 0;
    for (int k = 0; k < junk.length; k++) {
      if (junk[k] == '\n' || junk[k] == '\r') {
        junk[k] = 1;
      }
    }
    return junk;
  }

  /** Bad lines that a JSONL file can hold next to good ones (no binary junk: that rejects a whole file in {@code kronika extract}). */
  static List<String> badTextLines(int count) {
    List<String> out = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      out.add(new String(bad(i, i % 6), StandardCharsets.UTF_8));
    }
    return out;
  }
}
