package org.kronika.train.entity;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import morfologik.fsa.FSA;
import morfologik.fsa.builders.CFSA2Serializer;
import morfologik.fsa.builders.FSABuilder;
import morfologik.stemming.Dictionary;
import morfologik.stemming.DictionaryIterator;
import morfologik.stemming.WordData;
import morfologik.stemming.polish.PolishStemmer;
import org.kronika.pl.entity.PolishSynthesizer;
import org.kronika.pl.entity.Tags;

/**
 * Builds the synthesis index {@code polish-synth.fsa} that {@link PolishSynthesizer} reads: a
 * Morfologik FSA of {@code lemma|tag|encodedForm} sequences, made by reversing the PoliMorf
 * analysis dictionary shipped in morfologik-polish 2.1.9 (BSD). {@code +}-joined PoliMorf tags are
 * split; the case position keeps only the requested cases (default {@code nom}: all a name
 * normaliser needs) and other positions keep their {@code .} alternatives, which keeps the index
 * small. Only nouns, adjectives and passive participles are kept.
 *
 * <pre>
 * java … org.kronika.train.entity.SynthesisIndexBuilder OUT_DIR [cases=nom]
 * </pre>
 */
public final class SynthesisIndexBuilder {
  private SynthesisIndexBuilder() {}

  public static void main(String[] args) throws IOException {
    Path out = Path.of(args.length > 0 ? args[0] : "kronika-pl/src/main/resources/org/kronika/pl/entity");
    Set<String> cases = Set.of((args.length > 1 ? args[1] : "nom").split(","));
    Dictionary src = Dictionary.read(PolishStemmer.class.getResource("/morfologik/stemming/polish/polish.dict"));
    Map<String, Set<String>> all = new TreeMap<>();
    long seen = 0;
    DictionaryIterator it = new DictionaryIterator(src, StandardCharsets.UTF_8.newDecoder(), true);
    while (it.hasNext()) {
      WordData wd = it.next();
      seen++;
      String word = wd.getWord().toString();
      String lemma = wd.getStem().toString();
      if (lemma.indexOf('|') >= 0 || word.indexOf('|') >= 0) {
        continue;
      }
      for (String alt : wd.getTag().toString().split("\\+")) {
        String pos = Tags.pos(alt);
        if (!KEEP_POS.contains(pos)) {
          continue;
        }
        String[] parts = alt.split(":");
        boolean hit = false;
        for (int i = 0; i < parts.length; i++) {
          List<String> values = List.of(parts[i].split("\\."));
          if (Tags.CASES.contains(values.get(0))) {
            String kept = values.stream().filter(cases::contains).collect(Collectors.joining("."));
            if (!kept.isEmpty()) {
              parts[i] = kept;
              hit = true;
            }
          }
        }
        if (hit && !alt.contains(":neg")) {
          all.computeIfAbsent(lemma + "|" + String.join(":", parts), k -> new TreeSet<>()).add(word);
        }
      }
    }
    // Leave out what the regular paradigm predicts: a (lemma, tag) whose only form is the
    // predicted one for every atomic tag it stands for.
    List<byte[]> seqs = new ArrayList<>();
    long left = 0;
    for (Map.Entry<String, Set<String>> e : all.entrySet()) {
      int bar = e.getKey().indexOf('|');
      String lemma = e.getKey().substring(0, bar);
      String tag = e.getKey().substring(bar + 1);
      boolean predictable = e.getValue().size() == 1;
      if (predictable) {
        String form = e.getValue().iterator().next();
        for (String atomic : Tags.expand(tag)) {
          if (!form.equals(PolishSynthesizer.predict(lemma, atomic))) {
            predictable = false;
            break;
          }
        }
      }
      if (predictable) {
        left++;
        continue;
      }
      for (String form : e.getValue()) {
        seqs.add((e.getKey() + "|" + PolishSynthesizer.encode(lemma, form)).getBytes(StandardCharsets.UTF_8));
      }
    }
    System.err.printf("left out %d predictable entries%n", left);
    seqs.sort(FSABuilder.LEXICAL_ORDERING);
    FSA fsa = FSABuilder.build(seqs);
    Files.createDirectories(out);
    Path file = out.resolve(PolishSynthesizer.RESOURCE);
    try (OutputStream os = Files.newOutputStream(file)) {
      new CFSA2Serializer().serialize(fsa, os);
    }
    System.err.printf("read %d analyses, wrote %d synthesis entries (%s) to %s (%d bytes)%n",
        seen, seqs.size(), cases, file, Files.size(file));
  }

  /** Parts of speech a name can be built from: nouns, adjectives, adjectival passive participles. */
  private static final Set<String> KEEP_POS = Set.of("subst", "depr", "adj", "ppas");
}
