package org.kronika.pl.morph;

import java.io.BufferedInputStream;
import java.io.BufferedOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.zip.GZIPInputStream;
import java.util.zip.GZIPOutputStream;
import opennlp.tools.ml.model.AbstractModel;
import opennlp.tools.ml.model.BinaryFileDataReader;
import opennlp.tools.ml.model.GenericModelReader;
import opennlp.tools.ml.model.GenericModelWriter;
import opennlp.tools.ml.model.MaxentModel;
import org.kronika.api.Reading;

/**
 * The trained parts of the tagger, in one gzipped file: the readings learned from the training
 * corpus for forms the dictionary lacks or treats differently ({@code extra}), the UPOS table
 * learned from it, and the OpenNLP maxent ranker that scores a candidate reading as right
 * ({@code T}) or wrong ({@code F}).
 */
public record TaggerModel(Map<String, List<Reading>> extra, Map<String, String> upos, MaxentModel ranker) {
  private static final String MAGIC = "kronika-tagger/1";

  public TaggerModel {
    extra = Map.copyOf(extra);
    upos = Map.copyOf(upos);
  }

  public void write(OutputStream raw) throws IOException {
    DataOutputStream out = new DataOutputStream(new BufferedOutputStream(new GZIPOutputStream(raw), 1 << 16));
    out.writeUTF(MAGIC);
    Map<String, List<Reading>> sorted = new java.util.TreeMap<>(extra);
    out.writeInt(sorted.size());
    for (Map.Entry<String, List<Reading>> e : sorted.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeInt(e.getValue().size());
      for (Reading r : e.getValue()) {
        out.writeUTF(r.lemma());
        out.writeUTF(r.tag());
      }
    }
    Map<String, String> su = new java.util.TreeMap<>(upos);
    out.writeInt(su.size());
    for (Map.Entry<String, String> e : su.entrySet()) {
      out.writeUTF(e.getKey());
      out.writeUTF(e.getValue());
    }
    new GenericModelWriter((AbstractModel) ranker, out).persist(); // closes the stream
  }

  public static TaggerModel read(InputStream raw) throws IOException {
    DataInputStream in = new DataInputStream(new BufferedInputStream(new GZIPInputStream(raw, 1 << 16), 1 << 16));
    String magic = in.readUTF();
    if (!MAGIC.equals(magic)) {
      throw new IOException("not a tagger model: " + magic);
    }
    int n = in.readInt();
    Map<String, List<Reading>> extra = new HashMap<>(n * 2);
    for (int i = 0; i < n; i++) {
      String form = in.readUTF();
      int k = in.readInt();
      List<Reading> rs = new ArrayList<>(k);
      for (int j = 0; j < k; j++) {
        rs.add(new Reading(in.readUTF(), in.readUTF()));
      }
      extra.put(form, List.copyOf(rs));
    }
    int m = in.readInt();
    Map<String, String> upos = new LinkedHashMap<>(m * 2);
    for (int i = 0; i < m; i++) {
      upos.put(in.readUTF(), in.readUTF());
    }
    MaxentModel ranker = new GenericModelReader(new BinaryFileDataReader(in)).getModel();
    return new TaggerModel(extra, upos, ranker);
  }
}
