package org.kronika.pl.time;

import java.util.Map;

/**
 * A rule match before resolution: the rule, its slot values (numbers, lexicon values, nested
 * parses) and the character span. {@code type} is a one-letter class used by composition rules:
 * D day, W weekday, C clock time, K clock interval, M month or coarser, I interval, U duration,
 * X other.
 */
record Parse(TimeRule rule, Map<String, Object> slots, int start, int end, char type, int firstTok,
    int lastTok) {

  boolean weak() {
    return rule.weak();
  }

  Object slot(String name) {
    return slots.get(name);
  }
}
