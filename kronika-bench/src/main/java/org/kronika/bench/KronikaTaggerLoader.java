package org.kronika.bench;

import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.util.List;
import org.kronika.pl.morph.WordTagger;

/**
 * Loads Kronika's own Polish tagger by class name, so the benchmark compiles and runs before (or
 * without) {@code org.kronika.pl.morph.PolishTagger}. Tries, in order, a public static no-arg factory
 * {@code loadDefault()} or {@code load()} returning a {@link WordTagger}, then a public no-arg
 * constructor.
 */
public final class KronikaTaggerLoader {
  public static final String CLASS_NAME = "org.kronika.pl.morph.PolishTagger";

  private static final List<String> FACTORIES = List.of("loadDefault", "load");

  private KronikaTaggerLoader() {}

  /** A loaded tagger, or the reason there is none. Exactly one of the two is non-null. */
  public record Loaded(WordTagger tagger, String unavailableReason) {}

  public static Loaded load() {
    return load(CLASS_NAME);
  }

  public static Loaded load(String className) {
    Class<?> type;
    try {
      type = Class.forName(className);
    } catch (ClassNotFoundException e) {
      return new Loaded(null, className + " is not on the class path");
    }
    if (!WordTagger.class.isAssignableFrom(type)) {
      return new Loaded(null, className + " does not implement " + WordTagger.class.getName());
    }
    try {
      for (String name : FACTORIES) {
        try {
          Method factory = type.getMethod(name);
          if (Modifier.isStatic(factory.getModifiers())
              && WordTagger.class.isAssignableFrom(factory.getReturnType())) {
            return new Loaded((WordTagger) factory.invoke(null), null);
          }
        } catch (NoSuchMethodException ignored) {
          // try the next way in
        }
      }
      return new Loaded((WordTagger) type.getConstructor().newInstance(), null);
    } catch (NoSuchMethodException e) {
      return new Loaded(
          null, className + " has no static loadDefault()/load() and no public no-arg constructor");
    } catch (InvocationTargetException e) {
      return new Loaded(null, className + " failed to load: " + e.getCause());
    } catch (ReflectiveOperationException | RuntimeException e) {
      return new Loaded(null, className + " failed to load: " + e);
    }
  }
}
