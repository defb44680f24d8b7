package org.kronika.pl.segment;

/**
 * How an abbreviation that ends in a period behaves before a capitalised word. Each class is one
 * resource file in this package.
 */
public enum AbbreviationClass {
  /** Titles and prefixes ({@code gen.}, {@code ul.}, {@code m.in.}, {@code Płn.}): never end a sentence. */
  NEVER_FINAL("abbreviations-never-final.txt"),
  /**
   * Closers of a noun phrase ({@code r.}, {@code br.}, {@code tys.}): end a sentence only before a
   * word from {@code sentence-starters.txt} or after a closing quote.
   */
  MAY_BE_FINAL("abbreviations-may-be-final.txt"),
  /** Closers of a list ({@code itd.}, {@code itp.}): end a sentence before any capitalised word. */
  FINAL("abbreviations-final.txt");

  private final String resource;

  AbbreviationClass(String resource) {
    this.resource = resource;
  }

  /** The resource file, relative to this package, that lists the class's abbreviations. */
  public String resource() {
    return resource;
  }
}
