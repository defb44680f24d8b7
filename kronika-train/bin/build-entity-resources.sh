#!/usr/bin/env bash
# Regenerates the generated entity resources of kronika-pl (org/kronika/pl/entity):
#   polish-synth.fsa          nominative synthesis index reversed from Morfologik Polish (PoliMorf, BSD)
#   countries-pl.tsv          Polish country names by alpha-3 (world-countries ODbL, i18n-iso-countries MIT, CLDR Unicode-3.0)
#   petrarch-persons.tsv.gz   PETRARCH person actors with dated codes (MIT)
#   person-name-forms.tsv.gz  word forms inside person names of NKJP-1M, with counts (the NER training data)
# Usage: kronika-train/bin/build-entity-resources.sh [SHARED_DATA_DIR]   (run from the repository root)
set -euo pipefail
DATA="${1:-../shared/data}"
OUT=kronika-pl/src/main/resources/org/kronika/pl/entity
# one reactor run, so the sibling modules resolve to this checkout, not to ~/.m2
./mvnw -B -ntp -q -pl kronika-train -am -DskipTests package dependency:build-classpath -Dmdep.outputFile=target/train.cp
CP="kronika-train/target/classes:kronika-pl/target/classes:kronika-formats/target/classes:kronika-core/target/classes:kronika-api/target/classes:$(cat kronika-train/target/train.cp)"
java -Xmx3g -cp "$CP" org.kronika.train.entity.SynthesisIndexBuilder "$OUT" nom
java -cp "$CP" org.kronika.train.entity.CountryLexiconBuilder "$DATA" "$OUT/countries-pl.tsv"
java -cp "$CP" org.kronika.train.entity.ActorLexiconBuilder "$DATA" "$OUT/petrarch-persons.tsv.gz"
java -cp "$CP" org.kronika.train.entity.PersonNameFormsBuilder "$DATA" "$OUT/person-name-forms.tsv.gz"
