package org.kronika.train.ner;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.kronika.formats.corpus.NkjpIobReader;
import org.kronika.formats.corpus.NkjpIobReader.IobDocument;
import org.kronika.formats.corpus.NkjpIobReader.IobEntity;
import org.kronika.formats.corpus.NkjpIobReader.IobSentence;
import org.kronika.pl.ner.LabelCodec.TokenSpan;

/** One tokenised sentence with its gold top-level names, from the document {@code docIndex}. */
public record NerSample(int docIndex, List<String> words, List<TokenSpan> names) {
  public NerSample {
    words = List.copyOf(words);
    names = List.copyOf(names);
  }

  /** Dev split: every 10th NKJP document (index 9, 19, …) is held out for tuning. */
  public static boolean isDev(int docIndex) {
    return docIndex % 10 == 9;
  }

  /** Reads all NKJP sentences with top-level names mapped to Kronika's types. */
  public static List<NerSample> readNkjp(Path file) throws IOException {
    List<NerSample> out = new ArrayList<>();
    try (Stream<IobDocument> docs = NkjpIobReader.documents(file)) {
      int[] index = {0};
      docs.forEach(d -> {
        for (IobSentence s : d.sentences()) {
          List<TokenSpan> names = new ArrayList<>();
          for (IobEntity e : NkjpIobReader.topLevelEntities(s)) {
            names.add(new TokenSpan(e.start(), e.end(), e.type()));
          }
          out.add(new NerSample(index[0], s.words(), names));
        }
        index[0]++;
      });
    }
    return out;
  }

  /** The same sentence with every name's type cut to its top level ({@code placeName.country}
   * becomes {@code placeName}). */
  public NerSample coarse() {
    List<TokenSpan> top = new ArrayList<>(names.size());
    for (TokenSpan n : names) {
      top.add(new TokenSpan(n.start(), n.end(), coarse(n.type())));
    }
    return new NerSample(docIndex, words, top);
  }

  /** A type's top level: the part before the first '.'. */
  public static String coarse(String type) {
    int dot = type.indexOf('.');
    return dot < 0 ? type : type.substring(0, dot);
  }
}
