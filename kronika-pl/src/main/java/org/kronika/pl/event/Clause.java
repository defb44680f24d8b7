package org.kronika.pl.event;

import java.util.ArrayList;
import java.util.List;
import org.kronika.api.Attribution;

/** A clause of a sentence: tokens {@code [from, to)}, its noun phrases and what governs it. */
final class Clause {
  /** A noun phrase, possibly inside a prepositional phrase. */
  static final class NP {
    int from, to, head;      // tokens; head = first token of the head unit
    String prep;             // normalised preposition lemma, or null
    int cases;               // case bits the head admits
    int number;              // Tags.SG/PL of the head (PL when coordinated)
    List<String> genders = List.of();
    int headMention = -1;    // mention index when the head is an entity mention
    String agent;            // agent class of the head noun, or null
    int entity = -1;         // entity that fills a role for this NP (after agent/apposition rules)
    String entityRule;       // how it was found
    int anyEntity = -1;      // first entity mentioned anywhere in the NP (incl. adjectives)
    NP coordPrev;            // the NP before "i/oraz/a" that this one is coordinated with
    boolean nominal;         // head is a noun (not an adjective used as a noun)

    @Override
    public String toString() {
      return "NP[" + from + "," + to + ")" + (prep == null ? "" : prep) + " e=" + entity;
    }
  }

  final int sentence;
  final int from;
  int to;
  String sub;               // subordinator: że, iż, jak, który, aby, czy, niż, podczas gdy, coord, jeśli…
  int subCase;              // for który: case bits
  Clause parent;            // the clause that governs this one
  int verb = -1;            // first finite verb (or infinitive when none)
  boolean inQuote;          // inside a speech quote
  boolean speakerLabel;     // "X:" before a quote
  final List<NP> nps = new ArrayList<>();

  // subject
  List<Integer> subject = List.of();  // entity indices
  NP subjectNp;                        // explicit subject NP, or null when dropped
  int subjectNumber;                   // agreement info of the subject
  List<String> subjectGenders = List.of();
  boolean subjectPersonal;
  String subjectRule = "";
  Clause antecedent;                   // where a dropped subject came from

  // attribution and factuality
  boolean report;                      // a reporting/attitude clause whose claims follow
  String reportFact;                   // factuality its cue imposes on its claims
  String complementFact;               // factuality a complement-scope cue in it imposes
  List<Attribution> sources = List.of();
  List<Attribution> chain = List.of();
  String chainRule = "";
  String fact = "fact";
  String factRule;

  Clause(int sentence, int from, int to) {
    this.sentence = sentence;
    this.from = from;
    this.to = to;
  }

  boolean complement() {
    return sub != null && (sub.equals("że") || sub.equals("iż") || sub.equals("jakoby")
        || sub.equals("czy"));
  }

  @Override
  public String toString() {
    return "Clause[" + from + "," + to + ") sub=" + sub;
  }
}
