<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="de_DE" sourcelanguage="en">
<context>
    <name>QObject</name>
    <message>
        <source>Caliper</source>
        <translation>Caliper</translation>
    </message>
    <message>
        <source>Open the workspace in DIR.</source>
        <translation>Den Arbeitsbereich im Ordner VERZ öffnen.</translation>
    </message>
    <message>
        <source>Cannot open the workspace:
%1</source>
        <translation>Der Arbeitsbereich lässt sich nicht öffnen:
%1</translation>
    </message>
    <message>
        <source>cannot read the sample lengths</source>
        <translation>die Längen der Beispiele lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>cannot read the endpoints</source>
        <translation>die Endpunkte lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>cannot read the endpoint</source>
        <translation>der Endpunkt lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>there is no endpoint with id %1</source>
        <translation>es gibt keinen Endpunkt mit der ID %1</translation>
    </message>
    <message>
        <source>cannot add the endpoint &apos;%1&apos;</source>
        <translation>der Endpunkt „%1“ lässt sich nicht hinzufügen</translation>
    </message>
    <message>
        <source>cannot save the endpoint &apos;%1&apos;</source>
        <translation>der Endpunkt „%1“ lässt sich nicht speichern</translation>
    </message>
    <message>
        <source>cannot remove the endpoint</source>
        <translation>der Endpunkt lässt sich nicht entfernen</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
    <message>
        <source>%1 (copy %2)</source>
        <translation>%1 (Kopie %2)</translation>
    </message>
    <message>
        <source>cannot open the workspace database</source>
        <translation>die Datenbank des Arbeitsbereichs lässt sich nicht öffnen</translation>
    </message>
    <message>
        <source>cannot configure the workspace database</source>
        <translation>die Datenbank des Arbeitsbereichs lässt sich nicht einrichten</translation>
    </message>
    <message>
        <source>cannot read the workspace schema version</source>
        <translation>die Schemaversion des Arbeitsbereichs lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>the workspace was written by a newer Caliper (schema %1; this version knows up to %2)</source>
        <translation>der Arbeitsbereich wurde von einer neueren Caliper-Version geschrieben (Schema %1; diese Version kennt Schemata bis %2)</translation>
    </message>
    <message>
        <source>cannot start a migration</source>
        <translation>eine Migration lässt sich nicht starten</translation>
    </message>
    <message>
        <source>migration to schema %1 failed</source>
        <translation>die Migration auf Schema %1 ist fehlgeschlagen</translation>
    </message>
    <message>
        <source>cannot create the workspace folder</source>
        <translation>der Ordner des Arbeitsbereichs lässt sich nicht anlegen</translation>
    </message>
</context>
<context>
    <name>WordNet</name>
    <message>
        <source>Cannot read the WordNet file: %1</source>
        <translation>Die WordNet-Datei lässt sich nicht lesen: %1</translation>
    </message>
    <message>
        <source>The WordNet file is empty</source>
        <translation>Die WordNet-Datei ist leer</translation>
    </message>
</context>
<context>
    <name>caliper</name>
    <message>
        <source>could not connect to %1 within %2 s</source>
        <translation>keine Verbindung zu %1 innerhalb von %2 s</translation>
    </message>
    <message>
        <source>the server sent nothing for %1 s (time-out waiting for the answer)</source>
        <translation>der Server hat %1 s lang nichts gesendet (Zeitüberschreitung beim Warten auf die Antwort)</translation>
    </message>
    <message>
        <source>the request took longer than %1 s</source>
        <translation>die Anfrage dauerte länger als %1 s</translation>
    </message>
    <message>
        <source>the request was cancelled</source>
        <translation>die Anfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>the server rejected the API key (HTTP %1)</source>
        <translation>der Server hat den API-Schlüssel abgelehnt (HTTP %1)</translation>
    </message>
    <message>
        <source>not found (HTTP 404): check the base URL and the model id</source>
        <translation>nicht gefunden (HTTP 404): Basis-URL und Modell-ID prüfen</translation>
    </message>
    <message>
        <source>rate limited by the server (HTTP 429)</source>
        <translation>vom Server wegen zu vieler Anfragen gebremst (HTTP 429)</translation>
    </message>
    <message>
        <source>the server answered HTTP %1</source>
        <translation>der Server antwortete mit HTTP %1</translation>
    </message>
    <message>
        <source>cannot find the server &apos;%1&apos; (DNS lookup failed): check the host name</source>
        <translation>der Server „%1“ wurde nicht gefunden (DNS-Auflösung fehlgeschlagen): Hostnamen prüfen</translation>
    </message>
    <message>
        <source>connection refused by %1: is the server running?</source>
        <translation>Verbindung von %1 abgelehnt: Läuft der Server?</translation>
    </message>
    <message>
        <source>TLS error talking to %1: the certificate or protocol was rejected (is it an http:// server?)</source>
        <translation>TLS-Fehler bei der Verbindung mit %1: Zertifikat oder Protokoll wurde abgelehnt (ist es ein http://-Server?)</translation>
    </message>
    <message>
        <source>the server closed the connection before the answer was complete</source>
        <translation>der Server hat die Verbindung geschlossen, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>the connection to %1 timed out</source>
        <translation>Zeitüberschreitung bei der Verbindung mit %1</translation>
    </message>
    <message>
        <source>network error talking to %1 (Qt error %2)</source>
        <translation>Netzwerkfehler bei der Verbindung mit %1 (Qt-Fehler %2)</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not valid JSON (%1 at byte %2)</source>
        <translation>die Antwort des Servers ist kein gültiges JSON (%1 bei Byte %2)</translation>
    </message>
    <message>
        <source>not an object</source>
        <translation>kein Objekt</translation>
    </message>
    <message>
        <source>the server&apos;s answer has no choices</source>
        <translation>die Antwort des Servers enthält keine „choices“</translation>
    </message>
    <message>
        <source>the server&apos;s answer is not a model list</source>
        <translation>die Antwort des Servers ist keine Modellliste</translation>
    </message>
    <message>
        <source>unknown judge field &quot;%1&quot; (expected source, answer or reference)</source>
        <translation>unbekanntes Bewerterfeld „%1“ (erwartet: source, answer oder reference)</translation>
    </message>
    <message>
        <source>criterion %1</source>
        <translation>Kriterium %1</translation>
    </message>
    <message>
        <source>a judge criterion needs an id</source>
        <translation>ein Bewertungskriterium braucht eine ID</translation>
    </message>
    <message>
        <source>a judge criterion needs a name</source>
        <translation>ein Bewertungskriterium braucht einen Namen</translation>
    </message>
    <message>
        <source>the lowest score (%1) must be below the highest (%2)</source>
        <translation>die niedrigste Bewertung (%1) muss unter der höchsten (%2) liegen</translation>
    </message>
    <message>
        <source>a judge criterion needs a prompt template</source>
        <translation>ein Bewertungskriterium braucht eine Promptvorlage</translation>
    </message>
    <message>
        <source>the judge must see at least one of source, answer and reference</source>
        <translation>der Bewerter muss mindestens eines von Quelle, Antwort und Referenz sehen</translation>
    </message>
    <message>
        <source>unknown judge method &quot;%1&quot; (expected lumigator or paper)</source>
        <translation>unbekannte Bewertungsmethode „%1“ (erwartet: lumigator oder paper)</translation>
    </message>
    <message>
        <source>expected an object with a &quot;criteria&quot; list</source>
        <translation>ein Objekt mit einer Liste „criteria“ erwartet</translation>
    </message>
    <message>
        <source>the judge&apos;s reply ends inside its &lt;think&gt; block: no answer to read</source>
        <translation>die Antwort des Bewerters endet innerhalb ihres &lt;think&gt;-Blocks: keine Antwort zum Auslesen</translation>
    </message>
    <message>
        <source>no score found in the judge&apos;s reply</source>
        <translation>keine Bewertung in der Antwort des Bewerters gefunden</translation>
    </message>
    <message>
        <source>the judge&apos;s score %1 is outside the scale %2–%3</source>
        <translation>die Bewertung %1 des Bewerters liegt außerhalb der Skala %2–%3</translation>
    </message>
    <message>
        <source>95% CI %1</source>
        <translation>95-%-KI %1</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Done / failed</source>
        <translation>Fertig / fehlgeschlagen</translation>
    </message>
    <message>
        <source>Dataset %1 (sha256 %2), %3 samples.</source>
        <translation>Datensatz %1 (sha256 %2), %3 Beispiele.</translation>
    </message>
    <message>
        <source>Reference average length: %1 tokens (%2 words).</source>
        <translation>Mittlere Länge der Referenzen: %1 Tokens (%2 Wörter).</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>environment variable %1</source>
        <translation>Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>keychain</source>
        <translation>Schlüsselbund</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Endpoint</source>
        <translation>Endpunkt</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
    <message>
        <source>Price in / out per M tokens</source>
        <translation>Preis Eingabe / Ausgabe pro Mio. Tokens</translation>
    </message>
    <message>
        <source>Settings</source>
        <translation>Einstellungen</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Generation parameters</source>
        <translation>Generierungsparameter</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>Judge</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <source>%1 answer tokens</source>
        <translation>%1 Antwort-Tokens</translation>
    </message>
    <message>
        <source>%1 reasoning tokens</source>
        <translation>%1 Denkschritt-Tokens</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>no output</source>
        <translation>keine Ausgabe</translation>
    </message>
    <message>
        <source>failed</source>
        <translation>fehlgeschlagen</translation>
    </message>
    <message>
        <source>Reasoning (never closed)</source>
        <translation>Denkschritte (nie abgeschlossen)</translation>
    </message>
    <message>
        <source>Reasoning</source>
        <translation>Denkschritte</translation>
    </message>
    <message>
        <source>Appendix: outputs</source>
        <translation>Anhang: Ausgaben</translation>
    </message>
    <message>
        <source>Sample %1</source>
        <translation>Beispiel %1</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Caliper report: %1</source>
        <translation>Caliper-Bericht: %1</translation>
    </message>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Generated by Caliper %1 on %2.</source>
        <translation>Erstellt von Caliper %1 am %2.</translation>
    </message>
    <message>
        <source>Dataset %1 (sha256 `%2`), %3 samples.</source>
        <translation>Datensatz %1 (sha256 `%2`), %3 Beispiele.</translation>
    </message>
    <message>
        <source>key from environment variable %1</source>
        <translation>Schlüssel aus Umgebungsvariable %1</translation>
    </message>
    <message>
        <source>price in / out per M tokens: %1 / %2</source>
        <translation>Preis Eingabe / Ausgabe pro Mio. Tokens: %1 / %2</translation>
    </message>
    <message>
        <source>failed: %1</source>
        <translation>fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>%1 answer tokens · %2 reasoning tokens · %3 s</source>
        <translation>%1 Antwort-Tokens · %2 Denkschritt-Tokens · %3 s</translation>
    </message>
    <message>
        <source>%1 — page %2 of %3</source>
        <translation>%1 — Seite %2 von %3</translation>
    </message>
    <message>
        <source>a PDF report needs fonts, so it must be written under a QGuiApplication</source>
        <translation>ein PDF-Bericht braucht Schriften und muss daher unter einer QGuiApplication geschrieben werden</translation>
    </message>
    <message>
        <source>Quality scores with 95% confidence intervals</source>
        <translation>Qualitätswerte mit 95-%-Konfidenzintervallen</translation>
    </message>
    <message>
        <source>score ×100</source>
        <translation>Wert ×100</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>Average reasoning and answer tokens</source>
        <translation>Mittlere Tokens für Denkschritte und Antwort</translation>
    </message>
    <message>
        <source>tokens (cl100k_base, or as the server counted reasoning)</source>
        <translation>Tokens (cl100k_base, bei Denkschritten wie vom Server gezählt)</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
    <message>
        <source>G-Eval %1</source>
        <translation>G-Eval %1</translation>
    </message>
    <message>
        <source>Avg reasoning tokens</source>
        <translation>Mittl. Denkschritt-Tokens</translation>
    </message>
    <message>
        <source>Avg answer tokens</source>
        <translation>Mittl. Antwort-Tokens</translation>
    </message>
    <message>
        <source>Latency (s)</source>
        <translation>Latenz (s)</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>cannot read the samples</source>
        <translation>die Beispiele lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>no experiment &apos;%1&apos;: the workspace has no experiments</source>
        <translation>kein Experiment „%1“: Der Arbeitsbereich enthält keine Experimente</translation>
    </message>
    <message>
        <source>no experiment &apos;%1&apos; (experiments: %2)</source>
        <translation>kein Experiment „%1“ (Experimente: %2)</translation>
    </message>
    <message>
        <source>server default</source>
        <translation>Serverstandard</translation>
    </message>
    <message>
        <source>Means over each model&apos;s finished samples with bootstrap 95% confidence intervals. Best value per column in bold; † not significantly worse than the best (paired approximate randomization test, Holm-corrected, α = %1).</source>
        <translation>Mittelwerte über die fertigen Beispiele jedes Modells mit Bootstrap-95-%-Konfidenzintervallen. Bester Wert je Spalte fett; † nicht signifikant schlechter als der beste (gepaarter approximativer Randomisierungstest, Holm-korrigiert, α = %1).</translation>
    </message>
    <message>
        <source>Scores from 0 to 1 are shown ×100.</source>
        <translation>Werte von 0 bis 1 werden ×100 angezeigt.</translation>
    </message>
    <message>
        <source>the server reported an error in the stream: %1</source>
        <translation>der Server meldete einen Fehler im Datenstrom: %1</translation>
    </message>
    <message>
        <source>Human rating</source>
        <translation>Menschliche Bewertung</translation>
    </message>
    <message>
        <source>cannot read the outputs</source>
        <translation>die Ausgaben lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>cannot read the scores</source>
        <translation>die Bewertungen lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>cannot read the reviews</source>
        <translation>die Begutachtungen lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>the definition names no dataset sha256 and no dataset name</source>
        <translation>die Definition nennt weder die sha256 noch den Namen eines Datensatzes</translation>
    </message>
    <message>
        <source>this workspace has no dataset with sha256 %1; import %2 first</source>
        <translation>dieser Arbeitsbereich enthält keinen Datensatz mit sha256 %1; zuerst %2 importieren</translation>
    </message>
    <message>
        <source>cannot read the judgements</source>
        <translation>die Urteile des Bewerters lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>cannot save the judgement of sample %1</source>
        <translation>das Urteil des Bewerters zu Beispiel %1 lässt sich nicht speichern</translation>
    </message>
    <message>
        <source>cannot read the sample</source>
        <translation>das Beispiel lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>experiment %1 has no sample with id %2</source>
        <translation>das Experiment %1 hat kein Beispiel mit der ID %2</translation>
    </message>
    <message>
        <source>cannot read the models</source>
        <translation>die Modelle lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>cannot search the outputs</source>
        <translation>die Ausgaben lassen sich nicht durchsuchen</translation>
    </message>
    <message>
        <source>must be a text</source>
        <translation>muss ein Text sein</translation>
    </message>
    <message>
        <source>must be a whole number</source>
        <translation>muss eine ganze Zahl sein</translation>
    </message>
    <message>
        <source>must be a list of texts</source>
        <translation>muss eine Liste von Texten sein</translation>
    </message>
    <message>
        <source>unknown key (expected one of %1)</source>
        <translation>unbekannter Schlüssel (erwartet: einer von %1)</translation>
    </message>
    <message>
        <source>a judge criterion must be a JSON object</source>
        <translation>ein Bewertungskriterium muss ein JSON-Objekt sein</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Judge that produced the G-Eval scores</source>
        <translation>Bewerter, der die G-Eval-Werte erzeugt hat</translation>
    </message>
    <message>
        <source>%1: ±%2 per sample, ±%3 between repeat means (%4 repeats)</source>
        <translation>%1: ±%2 je Beispiel, ±%3 zwischen den Mittelwerten der Wiederholungen (%4 Wiederholungen)</translation>
    </message>
    <message>
        <source>Judge endpoint</source>
        <translation>Bewerter-Endpunkt</translation>
    </message>
    <message>
        <source>Judge model</source>
        <translation>Bewertermodell</translation>
    </message>
    <message>
        <source>Judge method</source>
        <translation>Bewertungsmethode</translation>
    </message>
    <message>
        <source>Judge templates</source>
        <translation>Bewertervorlagen</translation>
    </message>
    <message>
        <source>Judgements</source>
        <translation>Bewerterurteile</translation>
    </message>
    <message>
        <source>%1 done, %2 failed</source>
        <translation>%1 fertig, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Judge spread, %1</source>
        <translation>Streuung des Bewerters, %1</translation>
    </message>
    <message>
        <source>at most %1 points below the best</source>
        <translation>höchstens %1 Punkte unter dem besten</translation>
    </message>
    <message>
        <source>fewest parameters</source>
        <translation>wenigste Parameter</translation>
    </message>
    <message>
        <source>lowest cost</source>
        <translation>niedrigste Kosten</translation>
    </message>
    <message>
        <source>lowest latency</source>
        <translation>niedrigste Latenz</translation>
    </message>
    <message>
        <source>The smallest model (%1) that is %2 on %3, among models that failed on at most %4% of the samples.</source>
        <translation>Das kleinste Modell (%1), das bei %3 %2 ist, unter den Modellen, die bei höchstens %4 % der Beispiele fehlgeschlagen sind.</translation>
    </message>
    <message>
        <source>No model qualifies for a recommendation on %1.</source>
        <translation>Bei %1 kommt kein Modell für eine Empfehlung infrage.</translation>
    </message>
    <message>
        <source>Recommended: %1 (on %2)</source>
        <translation>Empfohlen: %1 (bei %2)</translation>
    </message>
    <message>
        <source>cannot store the blinded order</source>
        <translation>die verblindete Reihenfolge lässt sich nicht speichern</translation>
    </message>
    <message>
        <source>Output %1</source>
        <translation>Ausgabe %1</translation>
    </message>
    <message>
        <source>cannot read the blinded order</source>
        <translation>die verblindete Reihenfolge lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>cannot read the experiment&apos;s models</source>
        <translation>die Modelle des Experiments lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>Omission</source>
        <translation>Auslassung</translation>
    </message>
    <message>
        <source>Hallucination</source>
        <translation>Halluzination</translation>
    </message>
    <message>
        <source>Wrong number/dose</source>
        <translation>Falsche Zahl/Dosis</translation>
    </message>
    <message>
        <source>Wrong speaker attribution</source>
        <translation>Falsche Sprecherzuordnung</translation>
    </message>
    <message>
        <source>Negation error</source>
        <translation>Negationsfehler</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>–</source>
        <translation>–</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>answer tokens</source>
        <translation>Antwort-Tokens</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>model size</source>
        <translation>Modellgröße</translation>
    </message>
    <message>
        <source>size unknown</source>
        <translation>Größe unbekannt</translation>
    </message>
    <message>
        <source>no finished outputs</source>
        <translation>keine fertigen Ausgaben</translation>
    </message>
    <message>
        <source>Missing from the output here: %1</source>
        <translation>Fehlt hier in der Ausgabe: %1</translation>
    </message>
    <message>
        <source>%1: stated in the transcript</source>
        <translation>%1: im Transkript genannt</translation>
    </message>
    <message>
        <source>%1: the transcript has the number, not this unit or form</source>
        <translation>%1: das Transkript enthält die Zahl, aber nicht in dieser Einheit oder Form</translation>
    </message>
    <message>
        <source>%1: not in the transcript</source>
        <translation>%1: nicht im Transkript</translation>
    </message>
    <message>
        <source>cannot read the experiment</source>
        <translation>das Experiment kann nicht gelesen werden</translation>
    </message>
    <message>
        <source>there is no experiment with id %1</source>
        <translation>es gibt kein Experiment mit der ID %1</translation>
    </message>
    <message>
        <source>Above %L1 samples the intervals and tests use their normal approximations.</source>
        <translation>Ab mehr als %L1 Beispielen verwenden Intervalle und Tests ihre Normalapproximation.</translation>
    </message>
    <message>
        <source>Above %L1 samples the intervals, and above %L2 the tests, use their normal approximations.</source>
        <translation>Ab mehr als %L1 Beispielen verwenden die Intervalle und ab mehr als %L2 die Tests ihre Normalapproximation.</translation>
    </message>
    <message>
        <source>not significantly worse than the best (paired approximate randomization, its normal approximation above %L1 samples, Holm-corrected, α = %2)</source>
        <translation>nicht signifikant schlechter als der beste (gepaarte approximative Randomisierung, ab mehr als %L1 Beispielen ihre Normalapproximation, Holm-korrigiert, α = %2)</translation>
    </message>
</context>
<context>
    <name>caliper::AboutDialog</name>
    <message>
        <source>About Caliper</source>
        <translation>Über Caliper</translation>
    </message>
    <message>
        <source>&amp;Bundled Data</source>
        <translation>&amp;Mitgelieferte Daten</translation>
    </message>
    <message>
        <source>&amp;Libraries</source>
        <translation>&amp;Bibliotheken</translation>
    </message>
    <message>
        <source>Caliper icon</source>
        <translation>Caliper-Symbol</translation>
    </message>
    <message>
        <source>&lt;h2&gt;Caliper %1&lt;/h2&gt;&lt;p&gt;Find the smallest model that gets the job done, on your own data: import a dataset, run models over it, score and compare their outputs.&lt;/p&gt;&lt;p&gt;Built with Qt %2, running on Qt %3.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;Caliper %1&lt;/h2&gt;&lt;p&gt;Finden Sie das kleinste Modell, das die Aufgabe erledigt – mit Ihren eigenen Daten: Datensatz importieren, Modelle darauf ausführen, ihre Ausgaben bewerten und vergleichen.&lt;/p&gt;&lt;p&gt;Erstellt mit Qt %2, läuft mit Qt %3.&lt;/p&gt;</translation>
    </message>
    <message>
        <source>cl100k_base token ranks</source>
        <translation>Token-Ränge von cl100k_base</translation>
    </message>
    <message>
        <source>Exact token counts. OpenAI&apos;s byte-pair ranks from tiktoken (Copyright (c) 2022 OpenAI, Shantanu Jain), taken from the js-tiktoken package (MIT).</source>
        <translation>Exakte Tokenzahlen. Die Byte-Pair-Ränge von OpenAI aus tiktoken (Copyright (c) 2022 OpenAI, Shantanu Jain), übernommen aus dem Paket js-tiktoken (MIT).</translation>
    </message>
    <message>
        <source>G-Eval prompts</source>
        <translation>G-Eval-Prompts</translation>
    </message>
    <message>
        <source>The G-Eval paper&apos;s SummEval prompts (Liu et al., 2023) for the LLM judge.</source>
        <translation>Die SummEval-Prompts aus dem G-Eval-Paper (Liu et al., 2023) für den LLM-Bewerter.</translation>
    </message>
    <message>
        <source>Lumigator prompts</source>
        <translation>Lumigator-Prompts</translation>
    </message>
    <message>
        <source>Lumigator&apos;s G-Eval criteria and evaluation steps, and DeepEval&apos;s judge template (Apache-2.0), for the LLM judge.</source>
        <translation>Die G-Eval-Kriterien und Bewertungsschritte von Lumigator sowie die Bewertervorlage von DeepEval (Apache-2.0) für den LLM-Bewerter.</translation>
    </message>
    <message>
        <source>Sample dataset</source>
        <translation>Beispieldatensatz</translation>
    </message>
    <message>
        <source>Caliper&apos;s licence</source>
        <translation>Lizenz von Caliper</translation>
    </message>
    <message>
        <source>Ten synthetic doctor–patient conversations with notes, written for Caliper; no real patient data.</source>
        <translation>Zehn synthetische Arzt-Patienten-Gespräche mit Notizen, für Caliper geschrieben; keine echten Patientendaten.</translation>
    </message>
    <message>
        <source>Windows, networking, SQLite storage, charts and translations.</source>
        <translation>Fenster, Netzwerk, SQLite-Speicher, Diagramme und Übersetzungen.</translation>
    </message>
    <message>
        <source>C++ coroutines for Qt&apos;s asynchronous requests.</source>
        <translation>C++-Koroutinen für die asynchronen Anfragen von Qt.</translation>
    </message>
    <message>
        <source>API keys kept in the system&apos;s keychain.</source>
        <translation>API-Schlüssel im Schlüsselbund des Systems.</translation>
    </message>
    <message>
        <source>Highlighting of transcripts and notes.</source>
        <translation>Hervorhebung von Transkripten und Notizen.</translation>
    </message>
    <message>
        <source>Bundled data and its licences</source>
        <translation>Mitgelieferte Daten und ihre Lizenzen</translation>
    </message>
    <message>
        <source>Libraries of this build</source>
        <translation>Bibliotheken dieses Builds</translation>
    </message>
</context>
<context>
    <name>caliper::BoxPlotChart</name>
    <message>
        <source>Outliers</source>
        <translation>Ausreißer</translation>
    </message>
    <message>
        <source>%1 per sample</source>
        <translation>%1 je Beispiel</translation>
    </message>
    <message numerus="yes">
        <source>%1
%2: median %3, quartiles %4–%5
whiskers %6–%7, %n sample(s)</source>
        <translation>
            <numerusform>%1
%2: Median %3, Quartile %4–%5
Whisker %6–%7, %n Beispiel</numerusform>
            <numerusform>%1
%2: Median %3, Quartile %4–%5
Whisker %6–%7, %n Beispiele</numerusform>
        </translation>
    </message>
    <message>
        <source>%1
%2: %3 (outlier)</source>
        <translation>%1
%2: %3 (Ausreißer)</translation>
    </message>
</context>
<context>
    <name>caliper::ByteReader</name>
    <message>
        <source>cannot open the file (%1)</source>
        <translation>die Datei lässt sich nicht öffnen (%1)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (byte 0x%1)</source>
        <translation>ungültiges UTF-8 (Byte 0x%1)</translation>
    </message>
    <message>
        <source>invalid UTF-8 (incomplete or ill-formed sequence)</source>
        <translation>ungültiges UTF-8 (unvollständige oder fehlerhafte Bytefolge)</translation>
    </message>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>die Datei lässt sich nicht lesen (%1)</translation>
    </message>
</context>
<context>
    <name>caliper::ChatClient</name>
    <message>
        <source>the stream ended before the answer was complete</source>
        <translation>der Datenstrom endete, bevor die Antwort vollständig war</translation>
    </message>
    <message>
        <source>the request was cancelled</source>
        <translation>die Anfrage wurde abgebrochen</translation>
    </message>
    <message>
        <source>no key store to read the API key from</source>
        <translation>kein Schlüsselspeicher, aus dem sich der API-Schlüssel lesen ließe</translation>
    </message>
</context>
<context>
    <name>caliper::ColumnMapping</name>
    <message>
        <source>no source column chosen (the file&apos;s columns: %1)</source>
        <translation>keine Quellspalte gewählt (Spalten der Datei: %1)</translation>
    </message>
    <message>
        <source>id</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>source</source>
        <translation>Quelle</translation>
    </message>
    <message>
        <source>reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>the %1 column &quot;%2&quot; is not in the file (its columns: %3)</source>
        <translation>die %1-Spalte „%2“ ist nicht in der Datei (ihre Spalten: %3)</translation>
    </message>
    <message>
        <source>the metadata column &quot;%1&quot; is not in the file (its columns: %2)</source>
        <translation>die Metadatenspalte „%1“ ist nicht in der Datei (ihre Spalten: %2)</translation>
    </message>
</context>
<context>
    <name>caliper::ComparisonView</name>
    <message>
        <source>Columns</source>
        <translation>Spalten</translation>
    </message>
    <message>
        <source>Recommendation</source>
        <translation>Empfehlung</translation>
    </message>
    <message>
        <source>Scores ×100</source>
        <translation>Werte ×100</translation>
    </message>
    <message>
        <source>Reference notes: %1 words on average</source>
        <translation>Referenznotizen: im Mittel %1 Wörter</translation>
    </message>
    <message>
        <source>Scores from 0 to 1 are shown ×100.</source>
        <translation>Werte von 0 bis 1 werden ×100 angezeigt.</translation>
    </message>
    <message>
        <source>Computing confidence intervals and significance…</source>
        <translation>Konfidenzintervalle und Signifikanz werden berechnet…</translation>
    </message>
    <message>
        <source>Comparison table</source>
        <translation>Vergleichstabelle</translation>
    </message>
    <message>
        <source>Means over each model&apos;s finished samples. Best value per column in bold; † not significantly worse than the best (paired approximate randomization test, Holm-corrected, α = %1). Hover a value for its 95% confidence interval (bootstrap; above %L2 samples, the normal approximation, as for the test).</source>
        <translation>Mittelwerte über die fertigen Beispiele jedes Modells. Bester Wert je Spalte fett; † nicht signifikant schlechter als der beste (gepaarter approximativer Randomisierungstest, Holm-korrigiert, α = %1). Zeigen Sie auf einen Wert für sein 95-%-Konfidenzintervall (Bootstrap; ab mehr als %L2 Beispielen die Normalapproximation, wie beim Test).</translation>
    </message>
    <message>
        <source>G-Eval columns judged by %1 at %2 (%3 method): %4 judgements, %5 failed.</source>
        <translation>G-Eval-Spalten bewertet von %1 unter %2 (Methode %3): %4 Bewertungen, %5 fehlgeschlagen.</translation>
    </message>
    <message>
        <source>Each output was judged more than once: hover a G-Eval value for the judge&apos;s own spread; smaller differences between models are within the judge&apos;s noise.</source>
        <translation>Jede Ausgabe wurde mehrfach bewertet: Zeigen Sie auf einen G-Eval-Wert für die eigene Streuung des Bewerters; kleinere Unterschiede zwischen Modellen liegen in seinem Rauschen.</translation>
    </message>
</context>
<context>
    <name>caliper::CriteriaLibraryDialog</name>
    <message>
        <source>Judge criteria</source>
        <translation>Bewertungskriterien</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Method</source>
        <translation>Methode</translation>
    </message>
    <message>
        <source>Scale</source>
        <translation>Skala</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>Art</translation>
    </message>
    <message>
        <source>&amp;New…</source>
        <translation>&amp;Neu…</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>&amp;Duplicate…</source>
        <translation>&amp;Duplizieren…</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Criteria the LLM judge can rate. Built-in criteria are read-only: duplicate one to adapt it.</source>
        <translation>Kriterien, nach denen der LLM-Bewerter bewerten kann. Eingebaute Kriterien sind schreibgeschützt: Duplizieren Sie eines, um es anzupassen.</translation>
    </message>
    <message>
        <source>Lumigator</source>
        <translation>Lumigator</translation>
    </message>
    <message>
        <source>Paper</source>
        <translation>Paper</translation>
    </message>
    <message>
        <source>%1–%2</source>
        <translation>%1–%2</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Eingebaut</translation>
    </message>
    <message>
        <source>Custom</source>
        <translation>Benutzerdefiniert</translation>
    </message>
    <message>
        <source>&amp;View…</source>
        <translation>&amp;Anzeigen…</translation>
    </message>
    <message>
        <source>Remove criterion</source>
        <translation>Kriterium entfernen</translation>
    </message>
    <message>
        <source>Remove the judge criterion &quot;%1&quot;? Experiments that used it keep their own copy.</source>
        <translation>Das Bewertungskriterium „%1“ entfernen? Experimente, die es verwendet haben, behalten ihre eigene Kopie.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>caliper::CriteriaStore</name>
    <message>
        <source>cannot read the judge criteria</source>
        <translation>die Bewertungskriterien lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>cannot read the judge criterion</source>
        <translation>das Bewertungskriterium lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>there is no judge criterion &quot;%1&quot;</source>
        <translation>es gibt kein Bewertungskriterium „%1“</translation>
    </message>
    <message>
        <source>a judge criterion with the id &quot;%1&quot; exists already</source>
        <translation>ein Bewertungskriterium mit der ID „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>cannot save the judge criterion &quot;%1&quot;</source>
        <translation>das Bewertungskriterium „%1“ lässt sich nicht speichern</translation>
    </message>
    <message>
        <source>cannot remove the judge criterion</source>
        <translation>das Bewertungskriterium lässt sich nicht entfernen</translation>
    </message>
</context>
<context>
    <name>caliper::CriterionDialog</name>
    <message>
        <source>&amp;Duplicate</source>
        <translation>&amp;Duplizieren</translation>
    </message>
    <message>
        <source>Make an editable copy of this built-in criterion</source>
        <translation>Eine bearbeitbare Kopie dieses eingebauten Kriteriums anlegen</translation>
    </message>
    <message>
        <source>e.g. Completeness of the plan</source>
        <translation>z. B. Vollständigkeit des Plans</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>The key results and provenance refer to; derived from the name until you edit it</source>
        <translation>Der Schlüssel, auf den sich Ergebnisse und Herkunftsangaben beziehen; wird aus dem Namen abgeleitet, bis Sie ihn bearbeiten</translation>
    </message>
    <message>
        <source>&amp;Id:</source>
        <translation>&amp;ID:</translation>
    </message>
    <message>
        <source>Lumigator (DeepEval G-Eval, JSON score weighted by logprobs)</source>
        <translation>Lumigator (DeepEval G-Eval, JSON-Bewertung gewichtet mit logprobs)</translation>
    </message>
    <message>
        <source>Paper (G-Eval SummEval prompt, score from the reply)</source>
        <translation>Paper (SummEval-Prompt aus G-Eval, Bewertung aus der Antwort)</translation>
    </message>
    <message>
        <source>&amp;Method:</source>
        <translation>&amp;Methode:</translation>
    </message>
    <message>
        <source>What is judged, in words</source>
        <translation>Was bewertet wird, in Worten</translation>
    </message>
    <message>
        <source>&amp;Criteria:</source>
        <translation>&amp;Kriterien:</translation>
    </message>
    <message>
        <source>One evaluation step per line, unnumbered</source>
        <translation>Ein Bewertungsschritt pro Zeile, ohne Nummerierung</translation>
    </message>
    <message>
        <source>Evaluation &amp;steps:</source>
        <translation>&amp;Bewertungsschritte:</translation>
    </message>
    <message>
        <source>Score &amp;range:</source>
        <translation>&amp;Wertebereich:</translation>
    </message>
    <message>
        <source>S&amp;ource</source>
        <translation>&amp;Quelle</translation>
    </message>
    <message>
        <source>&amp;Answer</source>
        <translation>&amp;Antwort</translation>
    </message>
    <message>
        <source>R&amp;eference</source>
        <translation>&amp;Referenz</translation>
    </message>
    <message>
        <source>The judge sees:</source>
        <translation>Der Bewerter sieht:</translation>
    </message>
    <message>
        <source>&amp;Keep the prompt template of the copied criterion</source>
        <translation>Promptvorlage des kopierten Kriteriums beibe&amp;halten</translation>
    </message>
    <message>
        <source>Its wording is part of the template: edits to the criteria text and steps above are not sent while it is kept</source>
        <translation>Ihr Wortlaut ist Teil der Vorlage: Änderungen am Kriterientext und an den Schritten oben werden nicht gesendet, solange sie beibehalten wird</translation>
    </message>
    <message>
        <source>Lowest score</source>
        <translation>Niedrigste Bewertung</translation>
    </message>
    <message>
        <source>Highest score</source>
        <translation>Höchste Bewertung</translation>
    </message>
    <message>
        <source>to</source>
        <translation>bis</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Herkunft: %1</translation>
    </message>
    <message>
        <source>Built-in judge criterion</source>
        <translation>Eingebautes Bewertungskriterium</translation>
    </message>
    <message>
        <source>Edit judge criterion</source>
        <translation>Bewertungskriterium bearbeiten</translation>
    </message>
    <message>
        <source>New judge criterion</source>
        <translation>Neues Bewertungskriterium</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Abbrechen</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Schließen</translation>
    </message>
    <message>
        <source>Give the criterion a name.</source>
        <translation>Geben Sie dem Kriterium einen Namen.</translation>
    </message>
    <message>
        <source>Give the criterion an id.</source>
        <translation>Geben Sie dem Kriterium eine ID.</translation>
    </message>
    <message>
        <source>A built-in or another criterion already uses the id &quot;%1&quot; (or its last part): choose another id.</source>
        <translation>Ein eingebautes oder ein anderes Kriterium verwendet bereits die ID „%1“ (oder ihren letzten Teil): Wählen Sie eine andere ID.</translation>
    </message>
    <message>
        <source>Write at least one evaluation step (one per line).</source>
        <translation>Schreiben Sie mindestens einen Bewertungsschritt (einen pro Zeile).</translation>
    </message>
    <message>
        <source>The lowest score must be below the highest.</source>
        <translation>Die niedrigste Bewertung muss unter der höchsten liegen.</translation>
    </message>
    <message>
        <source>Check at least one of source, answer and reference for the judge to see.</source>
        <translation>Wählen Sie mindestens eines von Quelle, Antwort und Referenz aus, das der Bewerter sehen soll.</translation>
    </message>
    <message>
        <source>%1 (copy)</source>
        <translation>%1 (Kopie)</translation>
    </message>
</context>
<context>
    <name>caliper::CsvReader</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>the header names the column &quot;%1&quot; twice</source>
        <translation>die Kopfzeile nennt die Spalte „%1“ zweimal</translation>
    </message>
    <message>
        <source>this row has %1 fields but the header has %2</source>
        <translation>diese Zeile hat %1 Felder, die Kopfzeile aber %2</translation>
    </message>
    <message>
        <source>unterminated quoted field: the quote opened here is never closed</source>
        <translation>nicht abgeschlossenes Feld in Anführungszeichen: das hier geöffnete Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>unexpected text after a closing quote (write a quote inside a quoted field as &quot;&quot;)</source>
        <translation>unerwarteter Text nach einem schließenden Anführungszeichen (ein Anführungszeichen innerhalb eines Feldes in Anführungszeichen wird als &quot;&quot; geschrieben)</translation>
    </message>
</context>
<context>
    <name>caliper::DatasetImporter</name>
    <message>
        <source>the import was cancelled</source>
        <translation>der Import wurde abgebrochen</translation>
    </message>
    <message>
        <source>cannot start the import</source>
        <translation>der Import lässt sich nicht starten</translation>
    </message>
    <message>
        <source>cannot save the imported dataset</source>
        <translation>der importierte Datensatz lässt sich nicht speichern</translation>
    </message>
    <message>
        <source>the dataset needs a name</source>
        <translation>der Datensatz braucht einen Namen</translation>
    </message>
    <message>
        <source>cannot read the datasets</source>
        <translation>die Datensätze lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>a dataset named &quot;%1&quot; already exists in this workspace: choose another name</source>
        <translation>ein Datensatz namens „%1“ existiert in diesem Arbeitsbereich bereits: Wählen Sie einen anderen Namen</translation>
    </message>
    <message>
        <source>cannot prepare the import</source>
        <translation>der Import lässt sich nicht vorbereiten</translation>
    </message>
    <message>
        <source>cannot create the dataset</source>
        <translation>der Datensatz lässt sich nicht anlegen</translation>
    </message>
    <message>
        <source>this row has no source text (&quot;%1&quot; is missing or null)</source>
        <translation>diese Zeile hat keinen Quelltext („%1“ fehlt oder ist null)</translation>
    </message>
    <message>
        <source>this row has no id (&quot;%1&quot; is empty)</source>
        <translation>diese Zeile hat keine ID („%1“ ist leer)</translation>
    </message>
    <message>
        <source>cannot store a sample</source>
        <translation>ein Beispiel lässt sich nicht speichern</translation>
    </message>
    <message>
        <source>duplicate id &quot;%1&quot;: row %2 has the same id</source>
        <translation>doppelte ID „%1“: Zeile %2 hat dieselbe ID</translation>
    </message>
    <message>
        <source>the file has no rows</source>
        <translation>die Datei hat keine Zeilen</translation>
    </message>
    <message>
        <source>cannot store the dataset</source>
        <translation>der Datensatz lässt sich nicht speichern</translation>
    </message>
</context>
<context>
    <name>caliper::DatasetListModel</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>%1
File: %2 (%3)
Source column: %4
Reference column: %5
SHA-256: %6
Imported: %7</source>
        <translation>%1
Datei: %2 (%3)
Quellspalte: %4
Referenzspalte: %5
SHA-256: %6
Importiert: %7</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
</context>
<context>
    <name>caliper::DatasetStatisticsView</name>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>mean %1, median %2, range %3–%4 words</source>
        <translation>Mittelwert %1, Median %2, Bereich %3–%4 Wörter</translation>
    </message>
    <message>
        <source>Source length</source>
        <translation>Länge der Quelle</translation>
    </message>
    <message>
        <source>Reference length</source>
        <translation>Länge der Referenz</translation>
    </message>
    <message>
        <source>%1 — %2 samples, imported from %3</source>
        <translation>%1 — %2 Beispiele, importiert aus %3</translation>
    </message>
    <message>
        <source>No reference column: reference-based metrics are unavailable for this dataset.</source>
        <translation>Keine Referenzspalte: Referenzbasierte Metriken sind für diesen Datensatz nicht verfügbar.</translation>
    </message>
    <message>
        <source>Rows missing a reference: %1</source>
        <translation>Zeilen ohne Referenz: %1</translation>
    </message>
    <message>
        <source>Source: %1</source>
        <translation>Quelle: %1</translation>
    </message>
    <message>
        <source>Reference: %1</source>
        <translation>Referenz: %1</translation>
    </message>
    <message>
        <source>SHA-256: %1</source>
        <translation>SHA-256: %1</translation>
    </message>
    <message>
        <source>No dataset selected.</source>
        <translation>Kein Datensatz ausgewählt.</translation>
    </message>
</context>
<context>
    <name>caliper::DatasetStore</name>
    <message>
        <source>cannot read the datasets</source>
        <translation>die Datensätze lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>there is no dataset with id %1</source>
        <translation>es gibt keinen Datensatz mit der ID %1</translation>
    </message>
    <message>
        <source>there is no dataset named &quot;%1&quot;</source>
        <translation>es gibt keinen Datensatz namens „%1“</translation>
    </message>
    <message>
        <source>cannot read the dataset&apos;s samples</source>
        <translation>die Beispiele des Datensatzes lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>cannot remove the dataset</source>
        <translation>der Datensatz lässt sich nicht entfernen</translation>
    </message>
</context>
<context>
    <name>caliper::DatasetsPage</name>
    <message>
        <source>This dataset has no reference column: reference-based metrics (ROUGE, BLEU, METEOR) are unavailable; reference-free judging still works.</source>
        <translation>Dieser Datensatz hat keine Referenzspalte: Referenzbasierte Metriken (ROUGE, BLEU, METEOR) sind nicht verfügbar; die Bewertung ohne Referenz funktioniert weiterhin.</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Statistics</source>
        <translation>Statistik</translation>
    </message>
    <message>
        <source>Search source and reference (full-text: words, &quot;phrases&quot;, prefix*)</source>
        <translation>Quelle und Referenz durchsuchen (Volltext: Wörter, &quot;Phrasen&quot;, Präfix*)</translation>
    </message>
    <message>
        <source>%1 samples</source>
        <translation>%1 Beispiele</translation>
    </message>
    <message>
        <source>full-text</source>
        <translation>Volltext</translation>
    </message>
    <message>
        <source>substring</source>
        <translation>Teilzeichenfolge</translation>
    </message>
    <message>
        <source>%1 matching (%2)</source>
        <translation>%1 Treffer (%2)</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>Search samples</source>
        <translation>Beispiele durchsuchen</translation>
    </message>
</context>
<context>
    <name>caliper::DefinitionReader</name>
    <message>
        <source>unknown key (known here: %1)</source>
        <translation>unbekannter Schlüssel (hier bekannt: %1)</translation>
    </message>
    <message>
        <source>is required</source>
        <translation>ist erforderlich</translation>
    </message>
    <message>
        <source>must be an object</source>
        <translation>muss ein Objekt sein</translation>
    </message>
    <message>
        <source>must be a string</source>
        <translation>muss eine Zeichenkette sein</translation>
    </message>
    <message>
        <source>must not be empty</source>
        <translation>darf nicht leer sein</translation>
    </message>
    <message>
        <source>must be a number from %1 to %2</source>
        <translation>muss eine Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be a whole number from %1 to %2</source>
        <translation>muss eine ganze Zahl von %1 bis %2 sein</translation>
    </message>
    <message>
        <source>must be true or false</source>
        <translation>muss true oder false sein</translation>
    </message>
    <message>
        <source>must be a number of seconds from 0.001 to %1</source>
        <translation>muss eine Anzahl Sekunden von 0.001 bis %1 sein</translation>
    </message>
    <message>
        <source>not valid JSON: %1</source>
        <translation>kein gültiges JSON: %1</translation>
    </message>
    <message>
        <source>an experiment file holds one JSON object</source>
        <translation>eine Experimentdatei enthält genau ein JSON-Objekt</translation>
    </message>
    <message>
        <source>needs a &quot;path&quot; (a file to import) or the &quot;name&quot; of a dataset in the workspace</source>
        <translation>braucht einen „path“ (eine zu importierende Datei) oder den „name“ eines Datensatzes im Arbeitsbereich</translation>
    </message>
    <message>
        <source>must be 64 hexadecimal digits</source>
        <translation>muss aus 64 Hexadezimalziffern bestehen</translation>
    </message>
    <message>
        <source>needs &quot;logprobs&quot;: true</source>
        <translation>braucht &quot;logprobs&quot;: true</translation>
    </message>
    <message>
        <source>must be a non-empty array of model entries</source>
        <translation>muss ein nicht leeres Array von Modelleinträgen sein</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is already the name of %2</source>
        <translation>„%1“ ist bereits der Name von %2</translation>
    </message>
    <message>
        <source>unknown built-in model &apos;%1&apos; (known: %2, %3)</source>
        <translation>unbekanntes eingebautes Modell „%1“ (bekannt: %2, %3)</translation>
    </message>
    <message>
        <source>is required (only builtin: models run without a server)</source>
        <translation>ist erforderlich (nur builtin:-Modelle laufen ohne Server)</translation>
    </message>
    <message>
        <source>must be an http:// or https:// URL</source>
        <translation>muss eine http://- oder https://-URL sein</translation>
    </message>
    <message>
        <source>give either &quot;api_key_env&quot; or &quot;keychain_entry&quot;, not both</source>
        <translation>entweder „api_key_env“ oder „keychain_entry“ angeben, nicht beides</translation>
    </message>
    <message>
        <source>must be an array of metric names</source>
        <translation>muss ein Array von Metriknamen sein</translation>
    </message>
    <message>
        <source>unknown metric &apos;%1&apos; (known: %2)</source>
        <translation>unbekannte Metrik „%1“ (bekannt: %2)</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is listed twice</source>
        <translation>„%1“ ist doppelt aufgeführt</translation>
    </message>
    <message>
        <source>is required when &quot;metrics&quot; lists &quot;geval&quot;</source>
        <translation>ist erforderlich, wenn „metrics“ „geval“ enthält</translation>
    </message>
    <message>
        <source>must list &quot;geval&quot; when a &quot;judge&quot; is given</source>
        <translation>muss „geval“ enthalten, wenn ein „judge“ angegeben ist</translation>
    </message>
    <message>
        <source>the judge must be a model on a server</source>
        <translation>der Bewerter muss ein Modell auf einem Server sein</translation>
    </message>
    <message>
        <source>must be &quot;lumigator&quot; or &quot;paper&quot;</source>
        <translation>muss „lumigator“ oder „paper“ sein</translation>
    </message>
    <message>
        <source>must be a non-empty array of criteria</source>
        <translation>muss ein nicht leeres Array von Kriterien sein</translation>
    </message>
    <message>
        <source>must be a built-in criterion&apos;s name or a criterion object</source>
        <translation>muss der Name eines eingebauten Kriteriums oder ein Kriteriumsobjekt sein</translation>
    </message>
    <message>
        <source>a criterion named &apos;%1&apos; is already listed</source>
        <translation>ein Kriterium namens „%1“ ist bereits aufgeführt</translation>
    </message>
</context>
<context>
    <name>caliper::EndpointDialog</name>
    <message>
        <source>Add endpoint</source>
        <translation>Endpunkt hinzufügen</translation>
    </message>
    <message>
        <source>Server</source>
        <translation>Server</translation>
    </message>
    <message>
        <source>Preset</source>
        <translation>Voreinstellung</translation>
    </message>
    <message>
        <source>Custom (any OpenAI-compatible server)</source>
        <translation>Benutzerdefiniert (beliebiger OpenAI-kompatibler Server)</translation>
    </message>
    <message>
        <source>&amp;Preset:</source>
        <translation>&amp;Voreinstellung:</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Base &amp;URL:</source>
        <translation>Basis-&amp;URL:</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>&amp;Model:</source>
        <translation>&amp;Modell:</translation>
    </message>
    <message>
        <source>&amp;Test connection</source>
        <translation>Verbindung &amp;testen</translation>
    </message>
    <message>
        <source>Ask the server for its models (GET /models)</source>
        <translation>Den Server nach seinen Modellen fragen (GET /models)</translation>
    </message>
    <message>
        <source>Testing the connection</source>
        <translation>Verbindung wird getestet</translation>
    </message>
    <message>
        <source>API key</source>
        <translation>API-Schlüssel</translation>
    </message>
    <message>
        <source>N&amp;one (local servers)</source>
        <translation>&amp;Keiner (lokale Server)</translation>
    </message>
    <message>
        <source>Stored in the OS &amp;keychain</source>
        <translation>Im &amp;Schlüsselbund des Systems gespeichert</translation>
    </message>
    <message>
        <source>Read from an &amp;environment variable</source>
        <translation>Aus einer Umgebungsvariablen ge&amp;lesen</translation>
    </message>
    <message>
        <source>Paste the API key</source>
        <translation>API-Schlüssel einfügen</translation>
    </message>
    <message>
        <source>A key is stored in the keychain. It is never shown.</source>
        <translation>Im Schlüsselbund ist ein Schlüssel gespeichert. Er wird nie angezeigt.</translation>
    </message>
    <message>
        <source>&amp;Replace key…</source>
        <translation>Schlüssel &amp;ersetzen…</translation>
    </message>
    <message>
        <source>Environment variable</source>
        <translation>Umgebungsvariable</translation>
    </message>
    <message>
        <source>Limits</source>
        <translation>Grenzen</translation>
    </message>
    <message>
        <source>Requests sent at the same time</source>
        <translation>Gleichzeitig gesendete Anfragen</translation>
    </message>
    <message>
        <source> /min</source>
        <translation> /min</translation>
    </message>
    <message>
        <source>No limit</source>
        <translation>Keine Grenze</translation>
    </message>
    <message>
        <source> s</source>
        <translation> s</translation>
    </message>
    <message>
        <source>Also the longest silence allowed inside a streamed answer</source>
        <translation>Zugleich die längste erlaubte Pause innerhalb einer gestreamten Antwort</translation>
    </message>
    <message>
        <source>&amp;Concurrency:</source>
        <translation>&amp;Parallelität:</translation>
    </message>
    <message>
        <source>Requests per minute:</source>
        <translation>Anfragen pro Minute:</translation>
    </message>
    <message>
        <source>Connect time-out:</source>
        <translation>Zeitlimit für den Verbindungsaufbau:</translation>
    </message>
    <message>
        <source>First-byte time-out:</source>
        <translation>Zeitlimit bis zum ersten Byte:</translation>
    </message>
    <message>
        <source>Total time-out:</source>
        <translation>Zeitlimit insgesamt:</translation>
    </message>
    <message>
        <source>Retries:</source>
        <translation>Wiederholungen:</translation>
    </message>
    <message>
        <source>Price per 1M input tokens:</source>
        <translation>Preis pro 1 Mio. Eingabe-Tokens:</translation>
    </message>
    <message>
        <source>Price per 1M output tokens:</source>
        <translation>Preis pro 1 Mio. Ausgabe-Tokens:</translation>
    </message>
    <message>
        <source>Model size</source>
        <translation>Modellgröße</translation>
    </message>
    <message>
        <source>Parameters, in billions</source>
        <translation>Parameter, in Milliarden</translation>
    </message>
    <message>
        <source> B parameters</source>
        <translation> Mrd. Parameter</translation>
    </message>
    <message>
        <source>Unknown</source>
        <translation>Unbekannt</translation>
    </message>
    <message>
        <source>Read from the model&apos;s name where it says (&quot;14B&quot;, &quot;1.5b&quot;); correct it if needed</source>
        <translation>Aus dem Modellnamen gelesen, wo er sie nennt („14B“, „1.5b“); bei Bedarf korrigieren</translation>
    </message>
    <message>
        <source>Quantization</source>
        <translation>Quantisierung</translation>
    </message>
    <message>
        <source>none (e.g. Q4_K_M)</source>
        <translation>keine (z. B. Q4_K_M)</translation>
    </message>
    <message>
        <source>&amp;Size:</source>
        <translation>&amp;Größe:</translation>
    </message>
    <message>
        <source>&amp;Quantization:</source>
        <translation>&amp;Quantisierung:</translation>
    </message>
    <message>
        <source>Custom endpoint</source>
        <translation>Benutzerdefinierter Endpunkt</translation>
    </message>
    <message>
        <source>Edit endpoint %1</source>
        <translation>Endpunkt %1 bearbeiten</translation>
    </message>
    <message>
        <source>Give the server&apos;s address, up to and including /v1 where it has it.</source>
        <translation>Geben Sie die Adresse des Servers an, einschließlich /v1, falls er es verwendet.</translation>
    </message>
    <message>
        <source>Local: requests stay on this machine or your network.</source>
        <translation>Lokal: Anfragen bleiben auf diesem Rechner oder in Ihrem Netzwerk.</translation>
    </message>
    <message>
        <source>Remote: the dataset&apos;s texts are sent to %1.</source>
        <translation>Entfernt: Die Texte des Datensatzes werden an %1 gesendet.</translation>
    </message>
    <message>
        <source>Give the endpoint a name.</source>
        <translation>Geben Sie dem Endpunkt einen Namen.</translation>
    </message>
    <message>
        <source>The base URL must be an http:// or https:// address, such as http://localhost:8000/v1.</source>
        <translation>Die Basis-URL muss eine http://- oder https://-Adresse sein, etwa http://localhost:8000/v1.</translation>
    </message>
    <message>
        <source>Name the model (Test connection lists the ones the server has).</source>
        <translation>Geben Sie das Modell an („Verbindung testen“ listet die Modelle des Servers auf).</translation>
    </message>
    <message>
        <source>Name the environment variable that holds the API key.</source>
        <translation>Geben Sie die Umgebungsvariable an, die den API-Schlüssel enthält.</translation>
    </message>
    <message>
        <source>Paste the API key to store in the keychain.</source>
        <translation>Fügen Sie den API-Schlüssel ein, der im Schlüsselbund gespeichert werden soll.</translation>
    </message>
    <message>
        <source>Cannot store the key in the keychain: %1</source>
        <translation>Der Schlüssel lässt sich nicht im Schlüsselbund speichern: %1</translation>
    </message>
    <message>
        <source>The base URL must be an http:// or https:// address.</source>
        <translation>Die Basis-URL muss eine http://- oder https://-Adresse sein.</translation>
    </message>
    <message>
        <source>Cannot use this server: %1</source>
        <translation>Dieser Server lässt sich nicht verwenden: %1</translation>
    </message>
    <message numerus="yes">
        <source>Connected. The server lists %n model(s).</source>
        <translation>
            <numerusform>Verbunden. Der Server bietet %n Modell an.</numerusform>
            <numerusform>Verbunden. Der Server bietet %n Modelle an.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caliper::EndpointListModel</name>
    <message>
        <source>Built-in offline model: runs on this machine without a server; it cannot be edited</source>
        <translation>Eingebautes Offline-Modell: läuft ohne Server auf diesem Rechner; es kann nicht bearbeitet werden</translation>
    </message>
    <message>
        <source>Built-in</source>
        <translation>Eingebaut</translation>
    </message>
    <message>
        <source>Local</source>
        <translation>Lokal</translation>
    </message>
    <message>
        <source>Remote</source>
        <translation>Entfernt</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Name</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Base URL</source>
        <translation>Basis-URL</translation>
    </message>
    <message>
        <source>Where</source>
        <translation>Ort</translation>
    </message>
    <message>
        <source>Concurrency</source>
        <translation>Parallelität</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>Größe</translation>
    </message>
</context>
<context>
    <name>caliper::EndpointPreset</name>
    <message>
        <source>DeepSeek API</source>
        <translation>DeepSeek-API</translation>
    </message>
    <message>
        <source>OpenAI</source>
        <translation>OpenAI</translation>
    </message>
    <message>
        <source>Mistral</source>
        <translation>Mistral</translation>
    </message>
    <message>
        <source>vLLM</source>
        <translation>vLLM</translation>
    </message>
    <message>
        <source>llamafile</source>
        <translation>llamafile</translation>
    </message>
    <message>
        <source>Ollama</source>
        <translation>Ollama</translation>
    </message>
    <message>
        <source>LM Studio</source>
        <translation>LM Studio</translation>
    </message>
</context>
<context>
    <name>caliper::EndpointsPage</name>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>&amp;Add…</source>
        <translation>Hin&amp;zufügen…</translation>
    </message>
    <message>
        <source>Add an endpoint from a preset or by hand</source>
        <translation>Einen Endpunkt aus einer Voreinstellung oder von Hand hinzufügen</translation>
    </message>
    <message>
        <source>&amp;Edit…</source>
        <translation>&amp;Bearbeiten…</translation>
    </message>
    <message>
        <source>Change the selected endpoint</source>
        <translation>Den ausgewählten Endpunkt ändern</translation>
    </message>
    <message>
        <source>D&amp;uplicate</source>
        <translation>D&amp;uplizieren</translation>
    </message>
    <message>
        <source>Copy the selected endpoint</source>
        <translation>Den ausgewählten Endpunkt kopieren</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>Ent&amp;fernen</translation>
    </message>
    <message>
        <source>Remove the selected endpoint</source>
        <translation>Den ausgewählten Endpunkt entfernen</translation>
    </message>
    <message>
        <source>Any OpenAI-compatible server: DeepSeek, OpenAI, Mistral, vLLM, llamafile, Ollama, LM Studio, llama.cpp, LiteLLM. Built-in models run offline and cannot be edited.</source>
        <translation>Jeder OpenAI-kompatible Server: DeepSeek, OpenAI, Mistral, vLLM, llamafile, Ollama, LM Studio, llama.cpp, LiteLLM. Eingebaute Modelle laufen offline und können nicht bearbeitet werden.</translation>
    </message>
    <message>
        <source>Remove endpoint</source>
        <translation>Endpunkt entfernen</translation>
    </message>
    <message>
        <source>Remove the endpoint &quot;%1&quot;? Experiments that used it keep their own copy.</source>
        <translation>Den Endpunkt „%1“ entfernen? Experimente, die ihn verwendet haben, behalten ihre eigene Kopie.</translation>
    </message>
    <message>
        <source>Remove</source>
        <translation>Entfernen</translation>
    </message>
</context>
<context>
    <name>caliper::ExperimentDefinition</name>
    <message>
        <source>cannot read the file (%1)</source>
        <translation>die Datei lässt sich nicht lesen (%1)</translation>
    </message>
</context>
<context>
    <name>caliper::ExperimentDialog</name>
    <message>
        <source>New experiment</source>
        <translation>Neues Experiment</translation>
    </message>
    <message>
        <source>Create and &amp;run</source>
        <translation>&amp;Anlegen und starten</translation>
    </message>
    <message>
        <source>Experiment name</source>
        <translation>Name des Experiments</translation>
    </message>
    <message>
        <source>Experiment %1</source>
        <translation>Experiment %1</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
    <message>
        <source>Dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>&amp;Dataset:</source>
        <translation>&amp;Datensatz:</translation>
    </message>
    <message>
        <source>This dataset has no reference column: reference-based metrics are unavailable.</source>
        <translation>Dieser Datensatz hat keine Referenzspalte: Referenzbasierte Metriken sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>Models to compare</source>
        <translation>Zu vergleichende Modelle</translation>
    </message>
    <message>
        <source>&amp;Models to compare:</source>
        <translation>Zu vergleichende &amp;Modelle:</translation>
    </message>
    <message>
        <source>System prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>Prompt template</source>
        <translation>Promptvorlage</translation>
    </message>
    <message>
        <source>None (no system message)</source>
        <translation>Keiner (keine Systemnachricht)</translation>
    </message>
    <message>
        <source>Unchecked: the server&apos;s default is used</source>
        <translation>Nicht angehakt: Der Standardwert des Servers wird verwendet</translation>
    </message>
    <message>
        <source>Generation</source>
        <translation>Generierung</translation>
    </message>
    <message>
        <source>&amp;Temperature</source>
        <translation>&amp;Temperatur</translation>
    </message>
    <message>
        <source>Top &amp;p</source>
        <translation>Top-&amp;p</translation>
    </message>
    <message>
        <source>Ma&amp;x tokens</source>
        <translation>Ma&amp;x. Tokens</translation>
    </message>
    <message>
        <source>&amp;Frequency penalty</source>
        <translation>&amp;Frequenzstrafe</translation>
    </message>
    <message>
        <source>S&amp;eed</source>
        <translation>S&amp;eed</translation>
    </message>
    <message>
        <source>&amp;Stream answers (measures time to first token)</source>
        <translation>Antworten &amp;streamen (misst die Zeit bis zum ersten Token)</translation>
    </message>
    <message>
        <source>Metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>%1 (built-in, offline)</source>
        <translation>%1 (eingebaut, offline)</translation>
    </message>
    <message>
        <source>%1 at %2</source>
        <translation>%1 auf %2</translation>
    </message>
    <message>
        <source>Give the experiment a name.</source>
        <translation>Geben Sie dem Experiment einen Namen.</translation>
    </message>
    <message>
        <source>Choose a dataset (import one first with File ▸ Import Dataset).</source>
        <translation>Wählen Sie einen Datensatz (importieren Sie zuerst einen mit Datei ▸ Datensatz importieren).</translation>
    </message>
    <message>
        <source>Check at least one model to run.</source>
        <translation>Wählen Sie mindestens ein Modell zum Ausführen aus.</translation>
    </message>
    <message>
        <source>Check at least one metric.</source>
        <translation>Wählen Sie mindestens eine Metrik aus.</translation>
    </message>
</context>
<context>
    <name>caliper::ExperimentStore</name>
    <message>
        <source>cannot read the experiment&apos;s outputs</source>
        <translation>die Ausgaben des Experiments lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>cannot plan the experiment&apos;s work</source>
        <translation>die Arbeit des Experiments lässt sich nicht planen</translation>
    </message>
    <message>
        <source>cannot read the scores</source>
        <translation>die Bewertungen lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>cannot read the outputs</source>
        <translation>die Ausgaben lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>dataset</source>
        <translation>Datensatz</translation>
    </message>
    <message>
        <source>system prompt</source>
        <translation>Systemprompt</translation>
    </message>
    <message>
        <source>generation parameters</source>
        <translation>Generierungsparameter</translation>
    </message>
    <message>
        <source>models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>metrics</source>
        <translation>Metriken</translation>
    </message>
    <message>
        <source>judge</source>
        <translation>Bewerter</translation>
    </message>
    <message>
        <source>cannot read the dataset</source>
        <translation>der Datensatz lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>there is no dataset with id %1</source>
        <translation>es gibt keinen Datensatz mit der ID %1</translation>
    </message>
    <message>
        <source>cannot read the experiments</source>
        <translation>die Experimente lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>an experiment named &apos;%1&apos; exists already</source>
        <translation>ein Experiment namens „%1“ existiert bereits</translation>
    </message>
    <message>
        <source>cannot start a transaction</source>
        <translation>eine Transaktion lässt sich nicht starten</translation>
    </message>
    <message>
        <source>cannot save the experiment</source>
        <translation>das Experiment lässt sich nicht speichern</translation>
    </message>
    <message>
        <source>cannot save the experiment &apos;%1&apos;</source>
        <translation>das Experiment „%1“ lässt sich nicht speichern</translation>
    </message>
    <message>
        <source>definition</source>
        <translation>Definition</translation>
    </message>
    <message>
        <source>the experiment &apos;%1&apos; exists with a different %2; changing an experiment is not supported, use a new name</source>
        <translation>das Experiment „%1“ existiert bereits, aber mit Abweichungen bei: %2; Experimente lassen sich nicht ändern, verwenden Sie einen neuen Namen</translation>
    </message>
    <message>
        <source>there is no experiment with id %1</source>
        <translation>es gibt kein Experiment mit der ID %1</translation>
    </message>
    <message>
        <source>there is no experiment named &apos;%1&apos;</source>
        <translation>es gibt kein Experiment namens „%1“</translation>
    </message>
    <message>
        <source>cannot remove the experiment</source>
        <translation>das Experiment lässt sich nicht entfernen</translation>
    </message>
    <message>
        <source>cannot read the experiment&apos;s models</source>
        <translation>die Modelle des Experiments lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>the stored model &apos;%1&apos; is damaged: %2</source>
        <translation>das gespeicherte Modell „%1“ ist beschädigt: %2</translation>
    </message>
    <message>
        <source>cannot read the experiment</source>
        <translation>das Experiment lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>there is no experiment model with id %1</source>
        <translation>es gibt kein Experimentmodell mit der ID %1</translation>
    </message>
    <message>
        <source>sample %1 is not in the experiment&apos;s dataset</source>
        <translation>das Beispiel %1 ist nicht im Datensatz des Experiments</translation>
    </message>
    <message>
        <source>cannot save the output</source>
        <translation>die Ausgabe lässt sich nicht speichern</translation>
    </message>
    <message>
        <source>cannot save the output of sample %1</source>
        <translation>die Ausgabe von Beispiel %1 lässt sich nicht speichern</translation>
    </message>
    <message>
        <source>cannot plan the judge&apos;s work</source>
        <translation>die Arbeit des Bewerters lässt sich nicht planen</translation>
    </message>
    <message>
        <source>sample %1: not a judge request</source>
        <translation>Beispiel %1: keine Anfrage an den Bewerter</translation>
    </message>
    <message>
        <source>the experiment has no judge criterion &apos;%1&apos;</source>
        <translation>das Experiment hat kein Bewertungskriterium „%1“</translation>
    </message>
    <message>
        <source>cannot save the judgement</source>
        <translation>das Urteil des Bewerters lässt sich nicht speichern</translation>
    </message>
    <message>
        <source>cannot read the judgements</source>
        <translation>die Urteile des Bewerters lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>cannot read the failed outputs</source>
        <translation>die fehlgeschlagenen Ausgaben lassen sich nicht lesen</translation>
    </message>
</context>
<context>
    <name>caliper::ExportActions</name>
    <message>
        <source>E&amp;xport Definition…</source>
        <translation>Definition e&amp;xportieren…</translation>
    </message>
    <message>
        <source>Save the experiment as the JSON file `caliper run` reads</source>
        <translation>Das Experiment als die JSON-Datei speichern, die `caliper run` liest</translation>
    </message>
    <message>
        <source>I&amp;mport Definition…</source>
        <translation>Definition i&amp;mportieren…</translation>
    </message>
    <message>
        <source>Create (or find) the experiment an experiment file describes and run it</source>
        <translation>Das Experiment, das eine Experimentdatei beschreibt, anlegen (oder finden) und ausführen</translation>
    </message>
    <message>
        <source>E&amp;xport</source>
        <translation>E&amp;xportieren</translation>
    </message>
    <message>
        <source>Report as &amp;HTML…</source>
        <translation>Bericht als &amp;HTML…</translation>
    </message>
    <message>
        <source>Report as &amp;PDF…</source>
        <translation>Bericht als &amp;PDF…</translation>
    </message>
    <message>
        <source>Report as &amp;Markdown…</source>
        <translation>Bericht als &amp;Markdown…</translation>
    </message>
    <message>
        <source>Report as &amp;CSV…</source>
        <translation>Bericht als &amp;CSV…</translation>
    </message>
    <message>
        <source>Report as &amp;JSON…</source>
        <translation>Bericht als &amp;JSON…</translation>
    </message>
    <message>
        <source>Report P&amp;review…</source>
        <translation>Berichts&amp;vorschau…</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Export Definition</source>
        <translation>Definition exportieren</translation>
    </message>
    <message>
        <source>Select the experiment to export on the Queue page first.</source>
        <translation>Wählen Sie zuerst auf der Seite „Warteschlange“ das zu exportierende Experiment aus.</translation>
    </message>
    <message>
        <source>Experiment files (*.json)</source>
        <translation>Experimentdateien (*.json)</translation>
    </message>
    <message>
        <source>Cannot write %1:
%2</source>
        <translation>%1 lässt sich nicht schreiben:
%2</translation>
    </message>
    <message>
        <source>Import Definition</source>
        <translation>Definition importieren</translation>
    </message>
    <message>
        <source>Experiment files (*.json);;All files (*)</source>
        <translation>Experimentdateien (*.json);;Alle Dateien (*)</translation>
    </message>
</context>
<context>
    <name>caliper::ExportDialog</name>
    <message>
        <source>HTML files (*.html *.htm)</source>
        <translation>HTML-Dateien (*.html *.htm)</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF-Dateien (*.pdf)</translation>
    </message>
    <message>
        <source>Markdown files (*.md *.markdown)</source>
        <translation>Markdown-Dateien (*.md *.markdown)</translation>
    </message>
    <message>
        <source>CSV files (*.csv)</source>
        <translation>CSV-Dateien (*.csv)</translation>
    </message>
    <message>
        <source>JSON files (*.json)</source>
        <translation>JSON-Dateien (*.json)</translation>
    </message>
    <message>
        <source>Export Report</source>
        <translation>Bericht exportieren</translation>
    </message>
    <message>
        <source>&amp;Preview</source>
        <translation>&amp;Vorschau</translation>
    </message>
    <message>
        <source>&amp;Export…</source>
        <translation>&amp;Exportieren…</translation>
    </message>
    <message>
        <source>E&amp;xperiment:</source>
        <translation>E&amp;xperiment:</translation>
    </message>
    <message>
        <source>HTML (self-contained, opens offline)</source>
        <translation>HTML (eigenständig, öffnet sich offline)</translation>
    </message>
    <message>
        <source>PDF</source>
        <translation>PDF</translation>
    </message>
    <message>
        <source>Markdown (table and settings)</source>
        <translation>Markdown (Tabelle und Einstellungen)</translation>
    </message>
    <message>
        <source>CSV</source>
        <translation>CSV</translation>
    </message>
    <message>
        <source>JSON (aggregate and per-sample results)</source>
        <translation>JSON (aggregierte Ergebnisse und Ergebnisse je Beispiel)</translation>
    </message>
    <message>
        <source>&amp;Format:</source>
        <translation>&amp;Format:</translation>
    </message>
    <message>
        <source>Show 0–1 scores ×100 with one decimal</source>
        <translation>Werte von 0–1 ×100 mit einer Nachkommastelle anzeigen</translation>
    </message>
    <message>
        <source>Include each sample&apos;s outputs (appendix)</source>
        <translation>Die Ausgaben jedes Beispiels einschließen (Anhang)</translation>
    </message>
    <message>
        <source>A4</source>
        <translation>A4</translation>
    </message>
    <message>
        <source>Letter</source>
        <translation>Letter</translation>
    </message>
    <message>
        <source>Page si&amp;ze:</source>
        <translation>Seiten&amp;größe:</translation>
    </message>
    <message>
        <source>Aggregate: one row per model</source>
        <translation>Aggregiert: eine Zeile pro Modell</translation>
    </message>
    <message>
        <source>Per sample: one row per sample and model</source>
        <translation>Je Beispiel: eine Zeile pro Beispiel und Modell</translation>
    </message>
    <message>
        <source>CSV &amp;table:</source>
        <translation>CSV-&amp;Tabelle:</translation>
    </message>
    <message>
        <source>This workspace has no experiments yet.</source>
        <translation>Dieser Arbeitsbereich hat noch keine Experimente.</translation>
    </message>
    <message>
        <source>Writing %1…</source>
        <translation>%1 wird geschrieben…</translation>
    </message>
    <message>
        <source>Wrote %1</source>
        <translation>%1 geschrieben</translation>
    </message>
    <message>
        <source>Preparing the preview…</source>
        <translation>Vorschau wird vorbereitet…</translation>
    </message>
    <message>
        <source>The preview draws the charts as images and styles the page more simply than a browser does; the exported files are complete.</source>
        <translation>Die Vorschau zeichnet die Diagramme als Bilder und gestaltet die Seite einfacher als ein Browser; die exportierten Dateien sind vollständig.</translation>
    </message>
    <message>
        <source>The outputs of the %1 samples are left out of the preview.</source>
        <translation>Die Ausgaben der %1 Beispiele sind in der Vorschau weggelassen.</translation>
    </message>
    <message>
        <source>Report Preview — %1</source>
        <translation>Berichtsvorschau — %1</translation>
    </message>
</context>
<context>
    <name>caliper::HistogramChartView</name>
    <message>
        <source>words</source>
        <translation>Wörter</translation>
    </message>
    <message>
        <source>samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>words (bins of %1, labelled by their start)</source>
        <translation>Wörter (Klassen zu je %1, beschriftet mit ihrem Anfang)</translation>
    </message>
</context>
<context>
    <name>caliper::ImportDialog</name>
    <message numerus="yes">
        <source>%n rows</source>
        <translation>
            <numerusform>%n Zeile</numerusform>
            <numerusform>%n Zeilen</numerusform>
        </translation>
    </message>
    <message>
        <source>Import dataset</source>
        <translation>Datensatz importieren</translation>
    </message>
    <message>
        <source>Browse…</source>
        <translation>Durchsuchen…</translation>
    </message>
    <message>
        <source>Datasets (*.csv *.tsv *.txt *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>Datensätze (*.csv *.tsv *.txt *.json *.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>Datei:</translation>
    </message>
    <message>
        <source>Import</source>
        <translation>Importieren</translation>
    </message>
    <message>
        <source>First rows:</source>
        <translation>Erste Zeilen:</translation>
    </message>
    <message>
        <source>Without a reference column, reference-based metrics (ROUGE, BLEU, METEOR) will be unavailable for this dataset.</source>
        <translation>Ohne Referenzspalte sind referenzbasierte Metriken (ROUGE, BLEU, METEOR) für diesen Datensatz nicht verfügbar.</translation>
    </message>
    <message>
        <source>Name:</source>
        <translation>Name:</translation>
    </message>
    <message>
        <source>ID column:</source>
        <translation>ID-Spalte:</translation>
    </message>
    <message>
        <source>Source column:</source>
        <translation>Quellspalte:</translation>
    </message>
    <message>
        <source>Reference column:</source>
        <translation>Referenzspalte:</translation>
    </message>
    <message>
        <source>Keep as metadata:</source>
        <translation>Als Metadaten behalten:</translation>
    </message>
    <message>
        <source>(row number)</source>
        <translation>(Zeilennummer)</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(keine)</translation>
    </message>
    <message>
        <source>Import cancelled; the workspace is unchanged.</source>
        <translation>Import abgebrochen; der Arbeitsbereich ist unverändert.</translation>
    </message>
    <message>
        <source>Dataset file</source>
        <translation>Datensatzdatei</translation>
    </message>
    <message>
        <source>Preview of the first rows</source>
        <translation>Vorschau der ersten Zeilen</translation>
    </message>
    <message>
        <source>Columns kept as metadata</source>
        <translation>Als Metadaten behaltene Spalten</translation>
    </message>
</context>
<context>
    <name>caliper::JsonLinesReader</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>an object (each line of a JSON Lines file holds one)</source>
        <translation>ein Objekt (jede Zeile einer JSON-Lines-Datei enthält eines)</translation>
    </message>
    <message>
        <source>the end of the line after the object</source>
        <translation>das Zeilenende nach dem Objekt</translation>
    </message>
</context>
<context>
    <name>caliper::JsonReader</name>
    <message>
        <source>the file is empty</source>
        <translation>die Datei ist leer</translation>
    </message>
    <message>
        <source>&apos;[&apos; (an array of row objects) or &apos;{&apos; (an object with a &quot;data&quot; array)</source>
        <translation>„[“ (ein Array von Zeilenobjekten) oder „{“ (ein Objekt mit einem Array „data“)</translation>
    </message>
    <message>
        <source>the JSON object has no &quot;data&quot; array of rows</source>
        <translation>das JSON-Objekt hat kein Array „data“ mit Zeilen</translation>
    </message>
    <message>
        <source>&apos;[&apos; (the &quot;data&quot; member must be an array of row objects)</source>
        <translation>„[“ (das Element „data“ muss ein Array von Zeilenobjekten sein)</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos;</source>
        <translation>„,“ oder „}“</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos;</source>
        <translation>„,“ oder „]“</translation>
    </message>
    <message>
        <source>an object (each element of the array is one row)</source>
        <translation>ein Objekt (jedes Element des Arrays ist eine Zeile)</translation>
    </message>
    <message>
        <source>the end of the file after the JSON value</source>
        <translation>das Dateiende nach dem JSON-Wert</translation>
    </message>
</context>
<context>
    <name>caliper::JsonScanner</name>
    <message>
        <source>the end of the file</source>
        <translation>das Dateiende</translation>
    </message>
    <message>
        <source>byte 0x%1</source>
        <translation>Byte 0x%1</translation>
    </message>
    <message>
        <source>JSON syntax error: expected %1, found %2</source>
        <translation>JSON-Syntaxfehler: %1 erwartet, %2 gefunden</translation>
    </message>
    <message>
        <source>an object</source>
        <translation>ein Objekt</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;}&apos;</source>
        <translation>„,“ oder „}“</translation>
    </message>
    <message>
        <source>a string (an object key)</source>
        <translation>eine Zeichenkette (ein Objektschlüssel)</translation>
    </message>
    <message>
        <source>a string</source>
        <translation>eine Zeichenkette</translation>
    </message>
    <message>
        <source>a value</source>
        <translation>ein Wert</translation>
    </message>
    <message>
        <source>JSON nested more than %1 levels deep</source>
        <translation>JSON ist mehr als %1 Ebenen tief verschachtelt</translation>
    </message>
    <message>
        <source>&apos;,&apos; or &apos;]&apos;</source>
        <translation>„,“ oder „]“</translation>
    </message>
    <message>
        <source>unterminated string: the quote opened here is never closed</source>
        <translation>nicht abgeschlossene Zeichenkette: das hier geöffnete Anführungszeichen wird nie geschlossen</translation>
    </message>
    <message>
        <source>unterminated string: the quote opened here is not closed on its line (a line break inside a string is written \n)</source>
        <translation>nicht abgeschlossene Zeichenkette: das hier geöffnete Anführungszeichen wird in seiner Zeile nicht geschlossen (ein Zeilenumbruch in einer Zeichenkette wird als \n geschrieben)</translation>
    </message>
    <message>
        <source>JSON syntax error: control character in a string (it must be escaped)</source>
        <translation>JSON-Syntaxfehler: Steuerzeichen in einer Zeichenkette (es muss maskiert werden)</translation>
    </message>
    <message>
        <source>JSON syntax error: invalid escape sequence in a string</source>
        <translation>JSON-Syntaxfehler: ungültige Escape-Sequenz in einer Zeichenkette</translation>
    </message>
    <message>
        <source>invalid \u escape: a high surrogate without its low surrogate</source>
        <translation>ungültige \u-Escape-Sequenz: ein hohes Surrogat ohne sein niedriges Surrogat</translation>
    </message>
    <message>
        <source>invalid \u escape: a low surrogate without its high surrogate</source>
        <translation>ungültige \u-Escape-Sequenz: ein niedriges Surrogat ohne sein hohes Surrogat</translation>
    </message>
    <message>
        <source>invalid \u escape: expected four hexadecimal digits</source>
        <translation>ungültige \u-Escape-Sequenz: vier Hexadezimalziffern erwartet</translation>
    </message>
    <message>
        <source>a digit</source>
        <translation>eine Ziffer</translation>
    </message>
    <message>
        <source>JSON syntax error: expected a value, found &quot;%1&quot;</source>
        <translation>JSON-Syntaxfehler: Wert erwartet, „%1“ gefunden</translation>
    </message>
</context>
<context>
    <name>caliper::JudgeCriterion</name>
    <message>
        <source>Coherence</source>
        <translation>Kohärenz</translation>
    </message>
    <message>
        <source>Consistency</source>
        <translation>Konsistenz</translation>
    </message>
    <message>
        <source>Fluency</source>
        <translation>Sprachfluss</translation>
    </message>
    <message>
        <source>Relevance</source>
        <translation>Relevanz</translation>
    </message>
    <message>
        <source>no built-in judge criterion &quot;%1&quot; (expected coherence, consistency, fluency or relevance)</source>
        <translation>kein eingebautes Bewertungskriterium „%1“ (erwartet: coherence, consistency, fluency oder relevance)</translation>
    </message>
</context>
<context>
    <name>caliper::JudgePrompt</name>
    <message>
        <source>the judge criterion needs the source, which is empty</source>
        <translation>das Bewertungskriterium braucht die Quelle, die aber leer ist</translation>
    </message>
    <message>
        <source>the judge criterion needs the answer, which is empty</source>
        <translation>das Bewertungskriterium braucht die Antwort, die aber leer ist</translation>
    </message>
    <message>
        <source>the judge criterion needs the reference, which is empty</source>
        <translation>das Bewertungskriterium braucht die Referenz, die aber leer ist</translation>
    </message>
</context>
<context>
    <name>caliper::JudgeSettingsGroup</name>
    <message>
        <source>&amp;LLM judge (G-Eval)</source>
        <translation>&amp;LLM-Bewerter (G-Eval)</translation>
    </message>
    <message>
        <source>Score every answer with a judge model: coherence, consistency, fluency, relevance or your own criteria</source>
        <translation>Jede Antwort mit einem Bewertermodell bewerten: Kohärenz, Konsistenz, Sprachfluss, Relevanz oder eigene Kriterien</translation>
    </message>
    <message>
        <source>Judge endpoint</source>
        <translation>Endpunkt des Bewerters</translation>
    </message>
    <message>
        <source>No endpoint: add the judge&apos;s server on the Endpoints page</source>
        <translation>Kein Endpunkt: Fügen Sie den Server des Bewerters auf der Seite „Endpunkte“ hinzu</translation>
    </message>
    <message>
        <source>&amp;Judge:</source>
        <translation>&amp;Bewerter:</translation>
    </message>
    <message>
        <source>Judge method</source>
        <translation>Bewertungsmethode</translation>
    </message>
    <message>
        <source>Lumigator (JSON score 0–10, weighted by logprobs)</source>
        <translation>Lumigator (JSON-Bewertung 0–10, gewichtet mit Logprobs)</translation>
    </message>
    <message>
        <source>Paper (SummEval prompts and scales)</source>
        <translation>Paper (SummEval-Prompts und -Skalen)</translation>
    </message>
    <message>
        <source>Met&amp;hod:</source>
        <translation>Met&amp;hode:</translation>
    </message>
    <message>
        <source>Judge repeats</source>
        <translation>Wiederholungen des Bewerters</translation>
    </message>
    <message>
        <source>Repeats per ans&amp;wer:</source>
        <translation>Wiederholungen pro Ant&amp;wort:</translation>
    </message>
    <message>
        <source>2 or more measure the judge&apos;s own noise (with a temperature above 0).</source>
        <translation>Ab 2 wird das eigene Rauschen des Bewerters gemessen (bei einer Temperatur über 0).</translation>
    </message>
    <message>
        <source>Temperat&amp;ure</source>
        <translation>Temperat&amp;ur</translation>
    </message>
    <message>
        <source>Unchecked: the method&apos;s own (0 for Lumigator, 2 for the paper&apos;s sampling)</source>
        <translation>Nicht angehakt: der Wert der Methode (0 für Lumigator, 2 für das Sampling aus dem Paper)</translation>
    </message>
    <message>
        <source>Judge temperature</source>
        <translation>Temperatur des Bewerters</translation>
    </message>
    <message>
        <source>Judge criteria</source>
        <translation>Bewertungskriterien</translation>
    </message>
    <message>
        <source>Cr&amp;iteria…</source>
        <translation>Kr&amp;iterien…</translation>
    </message>
    <message>
        <source>Add your own criteria or look at the built-in ones</source>
        <translation>Eigene Kriterien hinzufügen oder die eingebauten ansehen</translation>
    </message>
    <message>
        <source>Criteri&amp;a:</source>
        <translation>&amp;Kriterien:</translation>
    </message>
    <message>
        <source>Built-in; the method chooses Lumigator&apos;s or the paper&apos;s wording</source>
        <translation>Eingebaut; die Methode wählt die Formulierung von Lumigator oder die aus dem Paper</translation>
    </message>
    <message>
        <source>%1 (own, %2 %3–%4)</source>
        <translation>%1 (eigenes, %2 %3–%4)</translation>
    </message>
    <message>
        <source>The LLM judge needs an endpoint: choose one, or add the judge&apos;s server on the Endpoints page.</source>
        <translation>Der LLM-Bewerter braucht einen Endpunkt: Wählen Sie einen aus oder fügen Sie den Server des Bewerters auf der Seite „Endpunkte“ hinzu.</translation>
    </message>
    <message>
        <source>Check at least one criterion for the LLM judge.</source>
        <translation>Wählen Sie mindestens ein Kriterium für den LLM-Bewerter aus.</translation>
    </message>
</context>
<context>
    <name>caliper::KeyStore</name>
    <message>
        <source>this Caliper was built without keychain support; give the API key in an environment variable such as DEEPSEEK_API_KEY</source>
        <translation>dieses Caliper wurde ohne Schlüsselbund-Unterstützung gebaut; den API-Schlüssel bitte in einer Umgebungsvariablen wie DEEPSEEK_API_KEY angeben</translation>
    </message>
    <message>
        <source>no keychain service is running (no D-Bus session, so no Secret Service such as GNOME Keyring or KWallet); give the API key in an environment variable such as DEEPSEEK_API_KEY instead</source>
        <translation>es läuft kein Schlüsselbund-Dienst (keine D-Bus-Sitzung, also kein Secret Service wie GNOME Keyring oder KWallet); den API-Schlüssel bitte stattdessen in einer Umgebungsvariablen wie DEEPSEEK_API_KEY angeben</translation>
    </message>
    <message>
        <source>the environment variable %1 that should hold the API key of &apos;%2&apos; is not set</source>
        <translation>die Umgebungsvariable %1, die den API-Schlüssel von „%2“ enthalten sollte, ist nicht gesetzt</translation>
    </message>
</context>
<context>
    <name>caliper::LanguageMenu</name>
    <message>
        <source>&amp;Language</source>
        <translation>&amp;Sprache</translation>
    </message>
    <message>
        <source>&amp;System Default</source>
        <translation>&amp;Systemstandard</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Sprache</translation>
    </message>
    <message>
        <source>Caliper will use the new language the next time it starts.</source>
        <translation>Caliper verwendet die neue Sprache beim nächsten Start.</translation>
    </message>
</context>
<context>
    <name>caliper::MainWindow</name>
    <message>
        <source>Caliper</source>
        <translation>Caliper</translation>
    </message>
    <message>
        <source>Datasets</source>
        <translation>Datensätze</translation>
    </message>
    <message>
        <source>&amp;Import Dataset…</source>
        <translation>Datensatz &amp;importieren…</translation>
    </message>
    <message>
        <source>Import a CSV, JSON or JSON Lines file as a dataset</source>
        <translation>Eine CSV-, JSON- oder JSON-Lines-Datei als Datensatz importieren</translation>
    </message>
    <message>
        <source>&amp;Open Workspace…</source>
        <translation>Arbeitsbereich ö&amp;ffnen…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Beenden</translation>
    </message>
    <message>
        <source>&amp;About Caliper</source>
        <translation>&amp;Über Caliper</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>&amp;Datei</translation>
    </message>
    <message>
        <source>&amp;Recent Workspaces</source>
        <translation>&amp;Zuletzt geöffnete Arbeitsbereiche</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>&amp;Hilfe</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>Hauptwerkzeugleiste</translation>
    </message>
    <message>
        <source>%1 — Caliper</source>
        <translation>%1 — Caliper</translation>
    </message>
    <message>
        <source>Workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>Open Workspace</source>
        <translation>Arbeitsbereich öffnen</translation>
    </message>
    <message>
        <source>Cannot open the workspace:
%1</source>
        <translation>Der Arbeitsbereich lässt sich nicht öffnen:
%1</translation>
    </message>
    <message>
        <source>Imported %1</source>
        <translation>%1 importiert</translation>
    </message>
    <message>
        <source>Import Dataset</source>
        <translation>Datensatz importieren</translation>
    </message>
    <message>
        <source>Datasets (*.csv *.tsv *.txt *.json *.jsonl *.ndjson);;All files (*)</source>
        <translation>Datensätze (*.csv *.tsv *.txt *.json *.jsonl *.ndjson);;Alle Dateien (*)</translation>
    </message>
    <message>
        <source>Endpoints</source>
        <translation>Endpunkte</translation>
    </message>
    <message>
        <source>Queue</source>
        <translation>Warteschlange</translation>
    </message>
    <message>
        <source>&amp;New Experiment…</source>
        <translation>&amp;Neues Experiment…</translation>
    </message>
    <message>
        <source>Run models over a dataset and score their outputs</source>
        <translation>Modelle auf einem Datensatz ausführen und ihre Ausgaben bewerten</translation>
    </message>
    <message>
        <source>Add &amp;Endpoint…</source>
        <translation>&amp;Endpunkt hinzufügen…</translation>
    </message>
    <message>
        <source>&amp;Pause All Runs</source>
        <translation>Alle Läufe &amp;pausieren</translation>
    </message>
    <message>
        <source>&amp;Resume All Runs</source>
        <translation>Alle Läufe &amp;fortsetzen</translation>
    </message>
    <message>
        <source>&amp;Experiment</source>
        <translation>E&amp;xperiment</translation>
    </message>
    <message>
        <source>&amp;Settings</source>
        <translation>&amp;Einstellungen</translation>
    </message>
    <message>
        <source>Started %1</source>
        <translation>%1 gestartet</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>%1 done, %2 failed of %3</source>
        <translation>%1 von %3 fertig, %2 fehlgeschlagen</translation>
    </message>
    <message>
        <source>Results</source>
        <translation>Ergebnisse</translation>
    </message>
    <message>
        <source>&amp;Judge Criteria…</source>
        <translation>&amp;Bewertungskriterien…</translation>
    </message>
    <message>
        <source>Pages</source>
        <translation>Seiten</translation>
    </message>
    <message>
        <source>&amp;Reviewer Name…</source>
        <translation>&amp;Gutachtername…</translation>
    </message>
</context>
<context>
    <name>caliper::MetricBarChart</name>
    <message>
        <source>Mean scores per model, with 95% confidence intervals</source>
        <translation>Mittlere Werte je Modell, mit 95-%-Konfidenzintervallen</translation>
    </message>
    <message>
        <source>Score ×100</source>
        <translation>Wert ×100</translation>
    </message>
    <message>
        <source>Score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>%1
%2: %3</source>
        <translation>%1
%2: %3</translation>
    </message>
    <message>
        <source>95% CI %1–%2</source>
        <translation>95-%-KI %1–%2</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s)</source>
        <translation>
            <numerusform>%n Beispiel</numerusform>
            <numerusform>%n Beispiele</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caliper::OutputColumn</name>
    <message>
        <source>Copy</source>
        <translation>Kopieren</translation>
    </message>
    <message>
        <source>Copy the answer of %1</source>
        <translation>Die Antwort von %1 kopieren</translation>
    </message>
    <message>
        <source>No answer.</source>
        <translation>Keine Antwort.</translation>
    </message>
    <message>
        <source>No output for this sample yet.</source>
        <translation>Noch keine Ausgabe für dieses Beispiel.</translation>
    </message>
    <message>
        <source>No reasoning</source>
        <translation>Keine Denkschritte</translation>
    </message>
    <message numerus="yes">
        <source>Reasoning (%n tokens)</source>
        <translation>
            <numerusform>Denkschritte (%n Token)</numerusform>
            <numerusform>Denkschritte (%n Tokens)</numerusform>
        </translation>
    </message>
    <message>
        <source>Failed: %1</source>
        <translation>Fehlgeschlagen: %1</translation>
    </message>
    <message>
        <source>no answer</source>
        <translation>keine Antwort</translation>
    </message>
    <message>
        <source>Answer</source>
        <translation>Antwort</translation>
    </message>
</context>
<context>
    <name>caliper::PromptTemplate</name>
    <message>
        <source>Assessment &amp; Plan scribe</source>
        <translation>Protokoll „Beurteilung &amp; Plan“</translation>
    </message>
    <message>
        <source>SOAP note</source>
        <translation>SOAP-Notiz</translation>
    </message>
    <message>
        <source>Plain summary</source>
        <translation>Einfache Zusammenfassung</translation>
    </message>
</context>
<context>
    <name>caliper::QueuePage</name>
    <message>
        <source>Runs</source>
        <translation>Läufe</translation>
    </message>
    <message>
        <source>Failed samples</source>
        <translation>Fehlgeschlagene Beispiele</translation>
    </message>
    <message>
        <source>Sample</source>
        <translation>Beispiel</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>HTTP status</source>
        <translation>HTTP-Status</translation>
    </message>
    <message>
        <source>Message</source>
        <translation>Meldung</translation>
    </message>
    <message>
        <source>Failed samples of the selected run:</source>
        <translation>Fehlgeschlagene Beispiele des ausgewählten Laufs:</translation>
    </message>
    <message>
        <source>&amp;Pause</source>
        <translation>&amp;Pausieren</translation>
    </message>
    <message>
        <source>Stop sending requests; those in flight finish</source>
        <translation>Keine Anfragen mehr senden; laufende werden noch abgeschlossen</translation>
    </message>
    <message>
        <source>&amp;Resume</source>
        <translation>&amp;Fortsetzen</translation>
    </message>
    <message>
        <source>Continue the selected run where it stopped</source>
        <translation>Den ausgewählten Lauf dort fortsetzen, wo er angehalten hat</translation>
    </message>
    <message>
        <source>&amp;Cancel</source>
        <translation>&amp;Abbrechen</translation>
    </message>
    <message>
        <source>Stop the run and abort requests in flight</source>
        <translation>Den Lauf beenden und laufende Anfragen abbrechen</translation>
    </message>
    <message>
        <source>Retry &amp;failed</source>
        <translation>Fehlgeschlagene &amp;wiederholen</translation>
    </message>
    <message>
        <source>Run the failed samples again</source>
        <translation>Die fehlgeschlagenen Beispiele erneut ausführen</translation>
    </message>
    <message>
        <source>Pause &amp;all</source>
        <translation>Alle pa&amp;usieren</translation>
    </message>
    <message>
        <source>Pause every run</source>
        <translation>Alle Läufe pausieren</translation>
    </message>
    <message>
        <source>Resume a&amp;ll</source>
        <translation>A&amp;lle fortsetzen</translation>
    </message>
    <message>
        <source>Resume every paused run</source>
        <translation>Alle pausierten Läufe fortsetzen</translation>
    </message>
    <message>
        <source>Run %1: %2</source>
        <translation>Lauf %1: %2</translation>
    </message>
    <message>
        <source>Failed samples of the selected run: %1</source>
        <translation>Fehlgeschlagene Beispiele des ausgewählten Laufs: %1</translation>
    </message>
    <message>
        <source>Failed samples of the selected run: %1 (the first %2 are listed)</source>
        <translation>Fehlgeschlagene Beispiele des ausgewählten Laufs: %1 (die ersten %2 sind aufgeführt)</translation>
    </message>
</context>
<context>
    <name>caliper::RecommendationView</name>
    <message>
        <source>not significantly worse than the best</source>
        <translation>nicht signifikant schlechter als das beste</translation>
    </message>
    <message>
        <source>within points of the best:</source>
        <translation>höchstens so viele Punkte unter dem besten:</translation>
    </message>
    <message>
        <source>model size</source>
        <translation>Modellgröße</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>Quality metric:</source>
        <translation>Qualitätsmetrik:</translation>
    </message>
    <message>
        <source>Good enough when:</source>
        <translation>Gut genug, wenn:</translation>
    </message>
    <message>
        <source>Smallest by:</source>
        <translation>Am kleinsten bei:</translation>
    </message>
    <message>
        <source>Recommended:</source>
        <translation>Empfohlen:</translation>
    </message>
    <message>
        <source>Chosen over:</source>
        <translation>Vorgezogen gegenüber:</translation>
    </message>
    <message>
        <source>Left out:</source>
        <translation>Ausgeschlossen:</translation>
    </message>
    <message>
        <source>No quality metric to decide on</source>
        <translation>Keine Qualitätsmetrik für die Entscheidung</translation>
    </message>
    <message>
        <source>Computing…</source>
        <translation>Wird berechnet…</translation>
    </message>
    <message>
        <source>%1: %2</source>
        <translation>%1: %2</translation>
    </message>
    <message>
        <source>none</source>
        <translation>keine</translation>
    </message>
    <message>
        <source>No recommendation</source>
        <translation>Keine Empfehlung</translation>
    </message>
    <message>
        <source>None qualifies</source>
        <translation>Keines kommt infrage</translation>
    </message>
    <message>
        <source>Tolerance in points</source>
        <translation>Toleranz in Punkten</translation>
    </message>
</context>
<context>
    <name>caliper::ReportExportJob</name>
    <message>
        <source>Cannot read the experiment &apos;%1&apos;:
%2</source>
        <translation>Das Experiment „%1“ lässt sich nicht lesen:
%2</translation>
    </message>
    <message>
        <source>Cannot render the %1 report:
%2</source>
        <translation>Der %1-Bericht lässt sich nicht erstellen:
%2</translation>
    </message>
    <message>
        <source>Cannot write %1:
%2</source>
        <translation>%1 lässt sich nicht schreiben:
%2</translation>
    </message>
</context>
<context>
    <name>caliper::ReportPreviewDialog</name>
    <message>
        <source>Report Preview</source>
        <translation>Berichtsvorschau</translation>
    </message>
    <message>
        <source>Report</source>
        <translation>Bericht</translation>
    </message>
    <message>
        <source>Export &amp;HTML…</source>
        <translation>Als &amp;HTML exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;PDF…</source>
        <translation>Als &amp;PDF exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;Markdown…</source>
        <translation>Als &amp;Markdown exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;CSV…</source>
        <translation>Als &amp;CSV exportieren…</translation>
    </message>
    <message>
        <source>Export &amp;JSON…</source>
        <translation>Als &amp;JSON exportieren…</translation>
    </message>
</context>
<context>
    <name>caliper::ResponseCache</name>
    <message>
        <source>cannot store the answer in the cache</source>
        <translation>die Antwort lässt sich nicht im Cache speichern</translation>
    </message>
</context>
<context>
    <name>caliper::ResultsChartsView</name>
    <message>
        <source>Scores with 95% confidence intervals</source>
        <translation>Werte mit 95-%-Konfidenzintervallen</translation>
    </message>
    <message>
        <source>Score distribution per model</source>
        <translation>Verteilung der Werte je Modell</translation>
    </message>
    <message>
        <source>Score against cost or size</source>
        <translation>Wert gegenüber Kosten oder Größe</translation>
    </message>
    <message>
        <source>Reasoning and answer tokens</source>
        <translation>Tokens für Denkschritte und Antwort</translation>
    </message>
    <message>
        <source>&amp;Score:</source>
        <translation>&amp;Wert:</translation>
    </message>
    <message>
        <source>&amp;Against:</source>
        <translation>&amp;Gegenüber:</translation>
    </message>
    <message>
        <source>Export &amp;PNG…</source>
        <translation>Als &amp;PNG exportieren…</translation>
    </message>
    <message>
        <source>Export S&amp;VG…</source>
        <translation>Als S&amp;VG exportieren…</translation>
    </message>
    <message>
        <source>PNG images (*.png)</source>
        <translation>PNG-Bilder (*.png)</translation>
    </message>
    <message>
        <source>SVG drawings (*.svg)</source>
        <translation>SVG-Zeichnungen (*.svg)</translation>
    </message>
    <message>
        <source>This experiment has no models yet.</source>
        <translation>Dieses Experiment hat noch keine Modelle.</translation>
    </message>
    <message>
        <source>No scores yet: the charts fill in as outputs are scored.</source>
        <translation>Noch keine Werte: Die Diagramme füllen sich, sobald Ausgaben bewertet sind.</translation>
    </message>
    <message>
        <source>Export chart</source>
        <translation>Diagramm exportieren</translation>
    </message>
    <message>
        <source>Saved %1.</source>
        <translation>%1 gespeichert.</translation>
    </message>
    <message>
        <source>Could not write %1.</source>
        <translation>%1 ließ sich nicht schreiben.</translation>
    </message>
</context>
<context>
    <name>caliper::ResultsModel</name>
    <message>
        <source>%1: %2 samples done, %3 failed</source>
        <translation>%1: %2 Beispiele fertig, %3 fehlgeschlagen</translation>
    </message>
    <message>
        <source>%1 of %2 samples failed</source>
        <translation>%1 von %2 Beispielen fehlgeschlagen</translation>
    </message>
    <message>
        <source>No value</source>
        <translation>Kein Wert</translation>
    </message>
    <message numerus="yes">
        <source>%1: total %2 over %n sample(s)</source>
        <translation>
            <numerusform>%1: Summe %2 über %n Beispiel</numerusform>
            <numerusform>%1: Summe %2 über %n Beispiele</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%1: mean %2 over %n sample(s)</source>
        <translation>
            <numerusform>%1: Mittelwert %2 über %n Beispiel</numerusform>
            <numerusform>%1: Mittelwert %2 über %n Beispiele</numerusform>
        </translation>
    </message>
    <message>
        <source>95% confidence interval: computing…</source>
        <translation>95-%-Konfidenzintervall: wird berechnet…</translation>
    </message>
    <message>
        <source>95% confidence interval: %1 – %2</source>
        <translation>95-%-Konfidenzintervall: %1 – %2</translation>
    </message>
    <message>
        <source>Best in this column</source>
        <translation>Bester Wert in dieser Spalte</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Failures</source>
        <translation>Fehlschläge</translation>
    </message>
    <message>
        <source>%1, 0–1 score shown ×100</source>
        <translation>%1, Werte von 0–1 ×100 angezeigt</translation>
    </message>
    <message numerus="yes">
        <source>Judge&apos;s own spread over %n repeat(s): ±%1 per sample, ±%2 between repeat means</source>
        <translation>
            <numerusform>Eigene Streuung des Bewerters über %n Wiederholung: ±%1 je Beispiel, ±%2 zwischen den Mittelwerten der Wiederholungen</numerusform>
            <numerusform>Eigene Streuung des Bewerters über %n Wiederholungen: ±%1 je Beispiel, ±%2 zwischen den Mittelwerten der Wiederholungen</numerusform>
        </translation>
    </message>
    <message>
        <source>Not significantly worse than the best (Holm-adjusted p %1)</source>
        <translation>Nicht signifikant schlechter als das beste (Holm-korrigiertes p %1)</translation>
    </message>
    <message>
        <source>Significantly worse than the best (Holm-adjusted p %1)</source>
        <translation>Signifikant schlechter als das beste (Holm-korrigiertes p %1)</translation>
    </message>
</context>
<context>
    <name>caliper::ResultsPage</name>
    <message>
        <source>Comparison</source>
        <translation>Vergleich</translation>
    </message>
    <message>
        <source>Charts</source>
        <translation>Diagramme</translation>
    </message>
    <message>
        <source>Samples</source>
        <translation>Beispiele</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>Aktualisieren</translation>
    </message>
    <message>
        <source>Experiment:</source>
        <translation>Experiment:</translation>
    </message>
    <message>
        <source>No experiments yet: start one with Experiment ▸ New Experiment.</source>
        <translation>Noch keine Experimente: Starten Sie eines mit Experiment ▸ Neues Experiment.</translation>
    </message>
    <message>
        <source>Loading the scores…</source>
        <translation>Bewertungen werden geladen…</translation>
    </message>
    <message numerus="yes">
        <source>%n sample(s), %1 model(s)</source>
        <translation>
            <numerusform>%n Beispiel, %1 Modell(e)</numerusform>
            <numerusform>%n Beispiele, %1 Modell(e)</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>caliper::ReviewPanel</name>
    <message>
        <source>Tag</source>
        <translation>Markierung</translation>
    </message>
    <message>
        <source>Passage</source>
        <translation>Textstelle</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Notiz</translation>
    </message>
    <message>
        <source>Note on this output…</source>
        <translation>Notiz zu dieser Ausgabe…</translation>
    </message>
    <message>
        <source>Rating:</source>
        <translation>Bewertung:</translation>
    </message>
    <message>
        <source>Rate this output %1 of 5 (key %1; click again to clear)</source>
        <translation>Diese Ausgabe mit %1 von 5 bewerten (Taste %1; erneut klicken zum Zurücksetzen)</translation>
    </message>
    <message>
        <source>Tag selection</source>
        <translation>Auswahl markieren</translation>
    </message>
    <message>
        <source>Tag the passage selected in the answer with an error category</source>
        <translation>Die in der Antwort ausgewählte Textstelle mit einer Fehlerkategorie markieren</translation>
    </message>
    <message>
        <source>Remove tag</source>
        <translation>Markierung entfernen</translation>
    </message>
    <message>
        <source>Remove the tag selected in the list (Delete)</source>
        <translation>Die in der Liste ausgewählte Markierung entfernen (Entf)</translation>
    </message>
    <message>
        <source>Change the name your reviews are stored under</source>
        <translation>Den Namen ändern, unter dem Ihre Begutachtungen gespeichert werden</translation>
    </message>
    <message>
        <source>With nothing selected, tags the whole answer; say what is missing in the note</source>
        <translation>Ohne Auswahl wird die ganze Antwort markiert; schreiben Sie in die Notiz, was fehlt</translation>
    </message>
    <message>
        <source>Reviewer: %1</source>
        <translation>Gutachter: %1</translation>
    </message>
    <message>
        <source>(whole answer)</source>
        <translation>(ganze Antwort)</translation>
    </message>
    <message>
        <source>Select the passage to tag in the answer first.</source>
        <translation>Wählen Sie zuerst die zu markierende Textstelle in der Antwort aus.</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>Markierungen</translation>
    </message>
    <message>
        <source>Review note</source>
        <translation>Notiz zur Begutachtung</translation>
    </message>
</context>
<context>
    <name>caliper::ReviewStore</name>
    <message>
        <source>cannot read the review</source>
        <translation>die Begutachtung lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>cannot read the review&apos;s tags</source>
        <translation>die Markierungen der Begutachtung lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>a review needs the reviewer&apos;s name</source>
        <translation>eine Begutachtung braucht den Namen des Gutachters</translation>
    </message>
    <message>
        <source>cannot store the review</source>
        <translation>die Begutachtung lässt sich nicht speichern</translation>
    </message>
    <message>
        <source>there is no output with id %1</source>
        <translation>es gibt keine Ausgabe mit der ID %1</translation>
    </message>
    <message>
        <source>a rating must be between %1 and %2, not %3</source>
        <translation>eine Bewertung muss zwischen %1 und %2 liegen, nicht bei %3</translation>
    </message>
    <message>
        <source>cannot store the rating</source>
        <translation>die Bewertung lässt sich nicht speichern</translation>
    </message>
    <message>
        <source>cannot store the note</source>
        <translation>die Notiz lässt sich nicht speichern</translation>
    </message>
    <message>
        <source>cannot read the output</source>
        <translation>die Ausgabe lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>the tagged span %1–%2 is not inside the answer, which is %3 characters long</source>
        <translation>der markierte Abschnitt %1–%2 liegt nicht innerhalb der Antwort, die %3 Zeichen lang ist</translation>
    </message>
    <message>
        <source>cannot store the tag</source>
        <translation>die Markierung lässt sich nicht speichern</translation>
    </message>
    <message>
        <source>cannot store the tag&apos;s note</source>
        <translation>die Notiz der Markierung lässt sich nicht speichern</translation>
    </message>
    <message>
        <source>there is no tag with id %1</source>
        <translation>es gibt keine Markierung mit der ID %1</translation>
    </message>
    <message>
        <source>cannot remove the tag</source>
        <translation>die Markierung lässt sich nicht entfernen</translation>
    </message>
    <message>
        <source>cannot read the reviews</source>
        <translation>die Begutachtungen lassen sich nicht lesen</translation>
    </message>
    <message>
        <source>cannot read the review tags</source>
        <translation>die Markierungen der Begutachtungen lassen sich nicht lesen</translation>
    </message>
</context>
<context>
    <name>caliper::ReviewerDialog</name>
    <message>
        <source>Reviewer</source>
        <translation>Gutachter</translation>
    </message>
    <message>
        <source>Your ratings and tags are stored under this name, so that several people can review the same outputs. Leave it empty to use your login name.</source>
        <translation>Ihre Bewertungen und Markierungen werden unter diesem Namen gespeichert, damit mehrere Personen dieselben Ausgaben begutachten können. Lassen Sie das Feld leer, um Ihren Anmeldenamen zu verwenden.</translation>
    </message>
    <message>
        <source>&amp;Name:</source>
        <translation>&amp;Name:</translation>
    </message>
</context>
<context>
    <name>caliper::RunProgressModel</name>
    <message>
        <source>%1 done (%2 from the cache), %3 failed, %4 in flight, %5 in all</source>
        <translation>%1 fertig (%2 aus dem Cache), %3 fehlgeschlagen, %4 in Bearbeitung, %5 insgesamt</translation>
    </message>
    <message>
        <source>%1 / %2 / %3</source>
        <translation>%1 / %2 / %3</translation>
    </message>
    <message>
        <source>%1/s</source>
        <translation>%1/s</translation>
    </message>
    <message>
        <source>Run</source>
        <translation>Lauf</translation>
    </message>
    <message>
        <source>State</source>
        <translation>Status</translation>
    </message>
    <message>
        <source>Progress</source>
        <translation>Fortschritt</translation>
    </message>
    <message>
        <source>Done / failed / total</source>
        <translation>Fertig / fehlgeschlagen / gesamt</translation>
    </message>
    <message>
        <source>Requests/s</source>
        <translation>Anfragen/s</translation>
    </message>
    <message>
        <source>ETA</source>
        <translation>Restzeit</translation>
    </message>
    <message>
        <source>Last error</source>
        <translation>Letzter Fehler</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 min %2 s</source>
        <translation>%1 min %2 s</translation>
    </message>
    <message>
        <source>%1 h %2 min</source>
        <translation>%1 h %2 min</translation>
    </message>
</context>
<context>
    <name>caliper::RunQueue</name>
    <message>
        <source>the run %1 is already in the queue</source>
        <translation>der Lauf %1 ist bereits in der Warteschlange</translation>
    </message>
    <message>
        <source>the model %1 has no server URL</source>
        <translation>das Modell %1 hat keine Server-URL</translation>
    </message>
    <message>
        <source>sample %1 is planned for a model that is not part of the run</source>
        <translation>das Beispiel %1 ist für ein Modell eingeplant, das nicht zum Lauf gehört</translation>
    </message>
    <message>
        <source>a run needs somewhere to store its results</source>
        <translation>ein Lauf braucht einen Ort, an dem er seine Ergebnisse speichern kann</translation>
    </message>
    <message>
        <source>%1, sample %2: %3</source>
        <translation>%1, Beispiel %2: %3</translation>
    </message>
    <message>
        <source>%1, sample %2: the result could not be stored: %3</source>
        <translation>%1, Beispiel %2: Das Ergebnis ließ sich nicht speichern: %3</translation>
    </message>
</context>
<context>
    <name>caliper::RunState</name>
    <message>
        <source>Queued</source>
        <translation>Wartend</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>Läuft</translation>
    </message>
    <message>
        <source>Paused</source>
        <translation>Pausiert</translation>
    </message>
    <message>
        <source>Finished</source>
        <translation>Abgeschlossen</translation>
    </message>
    <message>
        <source>Cancelled</source>
        <translation>Abgebrochen</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
</context>
<context>
    <name>caliper::SampleComparisonView</name>
    <message>
        <source>Previous</source>
        <translation>Zurück</translation>
    </message>
    <message>
        <source>Previous sample</source>
        <translation>Vorheriges Beispiel</translation>
    </message>
    <message>
        <source>Next</source>
        <translation>Weiter</translation>
    </message>
    <message>
        <source>Next sample</source>
        <translation>Nächstes Beispiel</translation>
    </message>
    <message>
        <source>Visit only the samples where the models shown have this status or flag</source>
        <translation>Nur die Beispiele anzeigen, bei denen die gezeigten Modelle diesen Status oder diese Auffälligkeit haben</translation>
    </message>
    <message>
        <source>All samples</source>
        <translation>Alle Beispiele</translation>
    </message>
    <message>
        <source>Done by all</source>
        <translation>Bei allen fertig</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>Fehlgeschlagen</translation>
    </message>
    <message>
        <source>Flagged</source>
        <translation>Auffällig</translation>
    </message>
    <message>
        <source>Empty answer</source>
        <translation>Leere Antwort</translation>
    </message>
    <message>
        <source>Reasoning never closed</source>
        <translation>Denkschritte nie abgeschlossen</translation>
    </message>
    <message>
        <source>Search outputs…</source>
        <translation>Ausgaben durchsuchen…</translation>
    </message>
    <message>
        <source>Worst first</source>
        <translation>Schlechteste zuerst</translation>
    </message>
    <message>
        <source>Go to the sample where this model scores worst on this metric; again for the next worst</source>
        <translation>Zum Beispiel springen, bei dem dieses Modell bei dieser Metrik am schlechtesten abschneidet; erneut für das nächstschlechteste</translation>
    </message>
    <message>
        <source>%1 / %2</source>
        <translation>%1 / %2</translation>
    </message>
    <message>
        <source>– / %1</source>
        <translation>– / %1</translation>
    </message>
    <message>
        <source>This sample is not among the samples the filter keeps.</source>
        <translation>Dieses Beispiel gehört nicht zu den Beispielen, die der Filter behält.</translation>
    </message>
    <message>
        <source>Searching…</source>
        <translation>Suche…</translation>
    </message>
    <message numerus="yes">
        <source>%n match(es)</source>
        <translation>
            <numerusform>%n Treffer</numerusform>
            <numerusform>%n Treffer</numerusform>
        </translation>
    </message>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>Models</source>
        <translation>Modelle</translation>
    </message>
    <message>
        <source>Choose the models shown side by side</source>
        <translation>Die nebeneinander gezeigten Modelle auswählen</translation>
    </message>
    <message>
        <source>Highlight:</source>
        <translation>Hervorheben:</translation>
    </message>
    <message>
        <source>Overlap</source>
        <translation>Überlappung</translation>
    </message>
    <message>
        <source>Words that also occur in the reference (green) and words that do not (orange)</source>
        <translation>Wörter, die auch in der Referenz vorkommen (grün), und solche, die dort nicht vorkommen (orange)</translation>
    </message>
    <message>
        <source>Diff</source>
        <translation>Diff</translation>
    </message>
    <message>
        <source>Word diff against the reference: added words tinted, missing words underlined where they belong (hover to read them)</source>
        <translation>Wort-Diff gegenüber der Referenz: hinzugefügte Wörter eingefärbt, fehlende Wörter an ihrer Stelle unterstrichen (zum Lesen mit der Maus darüberfahren)</translation>
    </message>
    <message>
        <source>Numbers</source>
        <translation>Zahlen</translation>
    </message>
    <message>
        <source>Numbers, doses, units and frequencies: blue when the transcript states them, amber when only the number is there, red when it is not</source>
        <translation>Zahlen, Dosierungen, Einheiten und Häufigkeiten: blau, wenn das Transkript sie nennt, bernsteinfarben, wenn nur die Zahl vorkommt, rot, wenn sie fehlt</translation>
    </message>
    <message>
        <source>Sync scrolling</source>
        <translation>Synchron scrollen</translation>
    </message>
    <message>
        <source>Scroll the reference and the outputs together</source>
        <translation>Referenz und Ausgaben gemeinsam scrollen</translation>
    </message>
    <message>
        <source>No sample to show.</source>
        <translation>Kein Beispiel zum Anzeigen.</translation>
    </message>
    <message>
        <source>Sample %1 (row %2)</source>
        <translation>Beispiel %1 (Zeile %2)</translation>
    </message>
    <message>
        <source>This sample has no reference.</source>
        <translation>Dieses Beispiel hat keine Referenz.</translation>
    </message>
    <message>
        <source>Search outputs</source>
        <translation>Ausgaben durchsuchen</translation>
    </message>
    <message>
        <source>Blinded</source>
        <translation>Verblindet</translation>
    </message>
    <message>
        <source>Hide model names and scores and shuffle the output columns for each sample; the order is kept in the workspace for each reviewer</source>
        <translation>Modellnamen und Werte ausblenden und die Ausgabespalten für jedes Beispiel mischen; die Reihenfolge wird im Arbeitsbereich für jeden Gutachter gespeichert</translation>
    </message>
</context>
<context>
    <name>caliper::SampleDetailView</name>
    <message>
        <source>Transcript</source>
        <translation>Transkript</translation>
    </message>
    <message>
        <source>Reference</source>
        <translation>Referenz</translation>
    </message>
    <message>
        <source>This sample has no reference.</source>
        <translation>Dieses Beispiel hat keine Referenz.</translation>
    </message>
    <message>
        <source>This dataset has no reference column: reference-based metrics are unavailable.</source>
        <translation>Dieser Datensatz hat keine Referenzspalte: Referenzbasierte Metriken sind nicht verfügbar.</translation>
    </message>
    <message>
        <source>Select a sample to see its transcript and reference.</source>
        <translation>Wählen Sie ein Beispiel aus, um sein Transkript und seine Referenz zu sehen.</translation>
    </message>
    <message>
        <source>Sample %1 (row %2)</source>
        <translation>Beispiel %1 (Zeile %2)</translation>
    </message>
</context>
<context>
    <name>caliper::SamplesModel</name>
    <message>
        <source>cannot search the samples</source>
        <translation>die Beispiele lassen sich nicht durchsuchen</translation>
    </message>
    <message>
        <source>no sample in row %1</source>
        <translation>kein Beispiel in Zeile %1</translation>
    </message>
    <message>
        <source>cannot read the sample</source>
        <translation>das Beispiel lässt sich nicht lesen</translation>
    </message>
    <message>
        <source>—</source>
        <translation>—</translation>
    </message>
    <message>
        <source>ID</source>
        <translation>ID</translation>
    </message>
    <message>
        <source>Source words</source>
        <translation>Wörter (Quelle)</translation>
    </message>
    <message>
        <source>Reference words</source>
        <translation>Wörter (Referenz)</translation>
    </message>
    <message>
        <source>Preview</source>
        <translation>Vorschau</translation>
    </message>
</context>
<context>
    <name>caliper::TokenChart</name>
    <message>
        <source>Reasoning tokens</source>
        <translation>Tokens der Denkschritte</translation>
    </message>
    <message>
        <source>Answer tokens</source>
        <translation>Tokens der Antwort</translation>
    </message>
    <message>
        <source>Average tokens per sample</source>
        <translation>Mittlere Tokens pro Beispiel</translation>
    </message>
    <message>
        <source>Reasoning and answer tokens per model</source>
        <translation>Tokens für Denkschritte und Antwort je Modell</translation>
    </message>
    <message>
        <source>%1
%2 reasoning + %3 answer tokens on average</source>
        <translation>%1
%2 Denkschritt-Tokens + %3 Antwort-Tokens im Mittel</translation>
    </message>
</context>
<context>
    <name>caliper::TradeoffChart</name>
    <message>
        <source>Pareto frontier</source>
        <translation>Pareto-Front</translation>
    </message>
    <message>
        <source>Cost of the run</source>
        <translation>Kosten des Laufs</translation>
    </message>
    <message>
        <source>Average answer tokens</source>
        <translation>Mittlere Antwort-Tokens</translation>
    </message>
    <message>
        <source>Average latency (s)</source>
        <translation>Mittlere Latenz (s)</translation>
    </message>
    <message>
        <source>Model size (billions of parameters)</source>
        <translation>Modellgröße (Milliarden Parameter)</translation>
    </message>
    <message>
        <source>%1 (%2)</source>
        <translation>%1 (%2)</translation>
    </message>
    <message>
        <source>%1 against %2</source>
        <translation>%1 gegenüber %2</translation>
    </message>
    <message>
        <source>Not shown: %1.</source>
        <translation>Nicht angezeigt: %1.</translation>
    </message>
    <message>
        <source>%1
%2: %3
%4: %5</source>
        <translation>%1
%2: %3
%4: %5</translation>
    </message>
</context>
<context>
    <name>caliper::analysis</name>
    <message>
        <source>Reasoning never closed: no answer</source>
        <translation>Denkschritte nie abgeschlossen: keine Antwort</translation>
    </message>
    <message>
        <source>Empty answer</source>
        <translation>Leere Antwort</translation>
    </message>
    <message>
        <source>model size</source>
        <translation>Modellgröße</translation>
    </message>
    <message>
        <source>cost</source>
        <translation>Kosten</translation>
    </message>
    <message>
        <source>latency</source>
        <translation>Latenz</translation>
    </message>
    <message>
        <source>%1 s</source>
        <translation>%1 s</translation>
    </message>
    <message>
        <source>%1 has scores for %2 samples, %3 for %4: models must be scored on the same samples</source>
        <translation>%1 hat Bewertungen für %2 Beispiele, %3 für %4: Modelle müssen auf denselben Beispielen bewertet sein</translation>
    </message>
    <message>
        <source>score</source>
        <translation>Wert</translation>
    </message>
    <message>
        <source>the best</source>
        <translation>das beste</translation>
    </message>
    <message>
        <source>%1 points below the best</source>
        <translation>%1 Punkte unter dem besten</translation>
    </message>
    <message>
        <source>significantly worse than the best (Holm-adjusted p %1)</source>
        <translation>signifikant schlechter als das beste (Holm-korrigiertes p %1)</translation>
    </message>
    <message>
        <source>not significantly worse than the best (Holm-adjusted p %1)</source>
        <translation>nicht signifikant schlechter als das beste (Holm-korrigiertes p %1)</translation>
    </message>
    <message>
        <source>its %1 is unknown; %2</source>
        <translation>%1 unbekannt; %2</translation>
    </message>
    <message>
        <source>good enough (%1), same %2, lower mean</source>
        <translation>gut genug (%1), gleicher Wert bei %2, niedrigerer Mittelwert</translation>
    </message>
    <message>
        <source>good enough (%1), but larger: %2 %3 against %4</source>
        <translation>gut genug (%1), aber größer: %2 %3 gegenüber %4</translation>
    </message>
    <message>
        <source>smaller (%1 %2 against %3), but %4</source>
        <translation>kleiner (%1 %2 gegenüber %3), aber %4</translation>
    </message>
    <message>
        <source>%1, and not smaller (%2 %3 against %4)</source>
        <translation>%1 und nicht kleiner (%2 %3 gegenüber %4)</translation>
    </message>
    <message>
        <source>No model can be recommended: every model failed on too many samples.</source>
        <translation>Kein Modell kann empfohlen werden: Jedes Modell ist bei zu vielen Beispielen fehlgeschlagen.</translation>
    </message>
    <message>
        <source>No model can be recommended: no sample was scored for every model.</source>
        <translation>Kein Modell kann empfohlen werden: Kein Beispiel wurde für alle Modelle bewertet.</translation>
    </message>
    <message>
        <source>No model can be recommended: the models good enough on %1 have an unknown %2.</source>
        <translation>Kein Modell kann empfohlen werden: Für die Modelle, die bei %1 gut genug sind, ist %2 unbekannt.</translation>
    </message>
    <message>
        <source>%1 is the only model with enough scored samples (%2 %3).</source>
        <translation>%1 ist das einzige Modell mit genügend bewerteten Beispielen (%2 %3).</translation>
    </message>
    <message>
        <source>%1 has the best %2 (%3), and no model with a smaller %4 comes within %5 points of it.</source>
        <translation>%1 hat bei %2 den besten Wert (%3), und kein Modell mit kleinerem Wert bei %4 kommt ihm bis auf %5 Punkte nahe.</translation>
    </message>
    <message>
        <source>%1 has the best %2 (%3), and no model with a smaller %4 is as good.</source>
        <translation>%1 hat bei %2 den besten Wert (%3), und kein Modell mit kleinerem Wert bei %4 ist ebenso gut.</translation>
    </message>
    <message>
        <source>%1 has the smallest %2 (%3) of the models within %4 points of the best on %5: %6 against %7 for %8.</source>
        <translation>%1 hat bei %2 den kleinsten Wert (%3) unter den Modellen, die bei %5 höchstens %4 Punkte hinter dem besten liegen: %6 gegenüber %7 für %8.</translation>
    </message>
    <message>
        <source>%1 has the smallest %2 (%3) of the models not significantly worse than the best on %4: %5 against %6 for %7 (Holm-adjusted p %8).</source>
        <translation>%1 hat bei %2 den kleinsten Wert (%3) unter den Modellen, die bei %4 nicht signifikant schlechter als das beste sind: %5 gegenüber %6 für %7 (Holm-korrigiertes p %8).</translation>
    </message>
    <message>
        <source>failed on %1 of %2 samples, more than the %3% allowed</source>
        <translation>bei %1 von %2 Beispielen fehlgeschlagen, mehr als die erlaubten %3 %</translation>
    </message>
    <message>
        <source>%1, at the same %2 (%3)</source>
        <translation>%1, gleicher Wert bei %2 (%3)</translation>
    </message>
</context>
<context>
    <name>caliper::baselines</name>
    <message>
        <source>Unknown built-in model: %1</source>
        <translation>Unbekanntes eingebautes Modell: %1</translation>
    </message>
</context>
<context>
    <name>caliper::cli</name>
    <message>
        <source>Usage: caliper [COMMAND] [OPTIONS]</source>
        <translation>Aufruf: caliper [BEFEHL] [OPTIONEN]</translation>
    </message>
    <message>
        <source>Without a command, opens the Caliper window. Commands run headless:</source>
        <translation>Ohne Befehl öffnet sich das Caliper-Fenster. Befehle laufen ohne Oberfläche:</translation>
    </message>
    <message>
        <source>print the version and exit</source>
        <translation>Version ausgeben und beenden</translation>
    </message>
    <message>
        <source>Run &apos;caliper COMMAND --help&apos; for a command&apos;s options.</source>
        <translation>„caliper BEFEHL --help“ zeigt die Optionen eines Befehls.</translation>
    </message>
    <message>
        <source>caliper: unknown command &apos;%1&apos;</source>
        <translation>caliper: unbekannter Befehl „%1“</translation>
    </message>
    <message>
        <source>Dataset:    %1 (%2)</source>
        <translation>Datensatz:       %1 (%2)</translation>
    </message>
    <message>
        <source>imported</source>
        <translation>importiert</translation>
    </message>
    <message>
        <source>already in the workspace</source>
        <translation>bereits im Arbeitsbereich</translation>
    </message>
    <message>
        <source>Samples:    %1</source>
        <translation>Beispiele:       %1</translation>
    </message>
    <message>
        <source>Avg words:  source %1, reference %2</source>
        <translation>Mittl. Wörter:   Quelle %1, Referenz %2</translation>
    </message>
    <message>
        <source>SHA-256:    %1</source>
        <translation>SHA-256:         %1</translation>
    </message>
    <message>
        <source>Workspace:  %1</source>
        <translation>Arbeitsbereich:  %1</translation>
    </message>
    <message>
        <source>The workspace folder (default: %1).</source>
        <translation>Der Ordner des Arbeitsbereichs (Standard: %1).</translation>
    </message>
    <message>
        <source>caliper demo takes no arguments</source>
        <translation>caliper demo erwartet keine Argumente</translation>
    </message>
    <message>
        <source>no source column recognised among %1: name it with --input-column</source>
        <translation>keine Quellspalte unter %1 erkannt: mit --input-column angeben</translation>
    </message>
    <message>
        <source>Importing… %1% (%2 of %3 MB, %4 rows)</source>
        <translation>Importiere… %1 % (%2 von %3 MB, %4 Zeilen)</translation>
    </message>
    <message>
        <source>%1: a dataset named &quot;%2&quot; is already in the workspace %3; choose another name with --name NAME</source>
        <translation>%1: Ein Datensatz namens „%2“ ist bereits im Arbeitsbereich %3; mit --name NAME einen anderen Namen wählen</translation>
    </message>
    <message>
        <source>Imported &quot;%1&quot;: %2 samples</source>
        <translation>„%1“ importiert: %2 Beispiele</translation>
    </message>
    <message>
        <source>sha256: %1</source>
        <translation>sha256: %1</translation>
    </message>
    <message>
        <source>workspace: %1</source>
        <translation>Arbeitsbereich: %1</translation>
    </message>
    <message>
        <source>import a CSV, JSON or JSON Lines file as a dataset</source>
        <translation>eine CSV-, JSON- oder JSON-Lines-Datei als Datensatz importieren</translation>
    </message>
    <message>
        <source>Imports a CSV, JSON or JSON Lines file into a workspace as a dataset.</source>
        <translation>Importiert eine CSV-, JSON- oder JSON-Lines-Datei als Datensatz in einen Arbeitsbereich.</translation>
    </message>
    <message>
        <source>The CSV, JSON or JSON Lines file to import.</source>
        <translation>Die zu importierende CSV-, JSON- oder JSON-Lines-Datei.</translation>
    </message>
    <message>
        <source>caliper import: name exactly one FILE</source>
        <translation>caliper import: genau eine DATEI angeben</translation>
    </message>
    <message>
        <source>caliper import: unknown format &quot;%1&quot;</source>
        <translation>caliper import: unbekanntes Format „%1“</translation>
    </message>
    <message>
        <source>Scores predictions against references and writes the scores as JSON.</source>
        <translation>Bewertet Vorhersagen anhand von Referenzen und schreibt die Bewertungen als JSON.</translation>
    </message>
    <message>
        <source>CSV, JSON or JSON Lines file to score</source>
        <translation>zu bewertende CSV-, JSON- oder JSON-Lines-Datei</translation>
    </message>
    <message>
        <source>FILE</source>
        <translation>DATEI</translation>
    </message>
    <message>
        <source>JSON file to write</source>
        <translation>zu schreibende JSON-Datei</translation>
    </message>
    <message>
        <source>comma-separated metrics (default: all)</source>
        <translation>kommagetrennte Metriken (Standard: alle)</translation>
    </message>
    <message>
        <source>LIST</source>
        <translation>LISTE</translation>
    </message>
    <message>
        <source>column of sample ids (default: detected, else row numbers)</source>
        <translation>Spalte mit den IDs der Beispiele (Standard: erkannt, sonst Zeilennummern)</translation>
    </message>
    <message>
        <source>COLUMN</source>
        <translation>SPALTE</translation>
    </message>
    <message>
        <source>column of model outputs (default: detected)</source>
        <translation>Spalte mit den Modellausgaben (Standard: erkannt)</translation>
    </message>
    <message>
        <source>column of references (default: detected)</source>
        <translation>Spalte mit den Referenzen (Standard: erkannt)</translation>
    </message>
    <message>
        <source>column of model inputs (default: detected)</source>
        <translation>Spalte mit den Modelleingaben (Standard: erkannt)</translation>
    </message>
    <message>
        <source>column of separate reasoning, such as reasoning_content (default: detected)</source>
        <translation>Spalte mit getrennt gelieferten Denkschritten, etwa reasoning_content (Standard: erkannt)</translation>
    </message>
    <message>
        <source>Porter-stem ROUGE tokens</source>
        <translation>ROUGE-Tokens mit dem Porter-Stemmer auf den Wortstamm zurückführen</translation>
    </message>
    <message>
        <source>--%1 is required</source>
        <translation>--%1 ist erforderlich</translation>
    </message>
    <message>
        <source>(columns: %1)</source>
        <translation>(Spalten: %1)</translation>
    </message>
    <message>
        <source>no column &apos;%1&apos;</source>
        <translation>keine Spalte „%1“</translation>
    </message>
    <message>
        <source>no prediction column found; name it with --prediction-column</source>
        <translation>keine Vorhersagespalte gefunden; mit --prediction-column angeben</translation>
    </message>
    <message>
        <source>metric &apos;%1&apos; needs references, but no reference column was found; name it with --reference-column</source>
        <translation>die Metrik „%1“ braucht Referenzen, aber es wurde keine Referenzspalte gefunden; mit --reference-column angeben</translation>
    </message>
    <message>
        <source>metric &apos;%1&apos; needs sources, but no source column was found; name it with --source-column</source>
        <translation>die Metrik „%1“ braucht Quelltexte, aber es wurde keine Quellspalte gefunden; mit --source-column angeben</translation>
    </message>
    <message numerus="yes">
        <source>Scored %n sample(s): %1</source>
        <translation>
            <numerusform>%n Beispiel bewertet: %1</numerusform>
            <numerusform>%n Beispiele bewertet: %1</numerusform>
        </translation>
    </message>
    <message>
        <source>score predictions against references (ROUGE, BLEU, METEOR, tokens)</source>
        <translation>Vorhersagen anhand von Referenzen bewerten (ROUGE, BLEU, METEOR, Tokens)</translation>
    </message>
    <message>
        <source>caliper score: WordNet not found; METEOR is computed without synonyms</source>
        <translation>caliper score: WordNet nicht gefunden; METEOR wird ohne Synonyme berechnet</translation>
    </message>
    <message>
        <source>Experiment: %1</source>
        <translation>Experiment: %1</translation>
    </message>
    <message>
        <source>import the bundled sample and compare two offline baselines on it</source>
        <translation>den mitgelieferten Beispieldatensatz importieren und zwei Offline-Vergleichsmodelle darauf vergleichen</translation>
    </message>
    <message>
        <source>Imports the bundled sample dataset into a workspace, summarises it, runs the built-in Lead-3 and TextRank baselines on it offline and prints their comparison.</source>
        <translation>Importiert den mitgelieferten Beispieldatensatz in einen Arbeitsbereich, fasst ihn zusammen, führt die eingebauten Vergleichsmodelle Lead-3 und TextRank offline darauf aus und gibt ihren Vergleich aus.</translation>
    </message>
    <message>
        <source>Runs an experiment file: every model on every sample of its dataset, scored; running it again resumes.</source>
        <translation>Führt eine Experimentdatei aus: jedes Modell auf jedem Beispiel ihres Datensatzes, bewertet; ein erneuter Aufruf setzt fort.</translation>
    </message>
    <message>
        <source>The experiment file.</source>
        <translation>Die Experimentdatei.</translation>
    </message>
    <message>
        <source>Write per-model summaries and per-sample outputs to this JSON file at the end.</source>
        <translation>Am Ende Zusammenfassungen je Modell und Ausgaben je Beispiel in diese JSON-Datei schreiben.</translation>
    </message>
    <message>
        <source>caliper run takes one experiment file</source>
        <translation>caliper run erwartet genau eine Experimentdatei</translation>
    </message>
    <message>
        <source>dataset.sha256: %1 has SHA-256 %2, but the experiment expects %3 (the file changed?)</source>
        <translation>dataset.sha256: %1 hat SHA-256 %2, das Experiment erwartet aber %3 (wurde die Datei geändert?)</translation>
    </message>
    <message>
        <source>run an experiment file (models × dataset), resumable; write results</source>
        <translation>eine Experimentdatei ausführen (Modelle × Datensatz), fortsetzbar; Ergebnisse schreiben</translation>
    </message>
    <message>
        <source>models[%1].api_key_env: the environment variable %2 is not set; it should hold the API key of &apos;%3&apos;</source>
        <translation>models[%1].api_key_env: Die Umgebungsvariable %2 ist nicht gesetzt; sie sollte den API-Schlüssel von „%3“ enthalten</translation>
    </message>
    <message>
        <source>interrupted with %1 of %2 samples done; run the same command again to resume</source>
        <translation>unterbrochen, %1 von %2 Beispielen fertig; denselben Befehl erneut ausführen, um fortzusetzen</translation>
    </message>
    <message>
        <source>the run ended %1: %2</source>
        <translation>der Lauf endete (%1): %2</translation>
    </message>
    <message>
        <source>Pausing: the requests in flight finish and are stored (Ctrl+C again stops at once)…</source>
        <translation>Pausiere: Laufende Anfragen werden abgeschlossen und gespeichert (erneutes Strg+C beendet sofort)…</translation>
    </message>
    <message>
        <source>Results: %1</source>
        <translation>Ergebnisse: %1</translation>
    </message>
    <message>
        <source>Experiment &quot;%1&quot; on &quot;%2&quot; in %3</source>
        <translation>Experiment „%1“ auf „%2“ in %3</translation>
    </message>
    <message>
        <source>Model</source>
        <translation>Modell</translation>
    </message>
    <message>
        <source>Done/failed</source>
        <translation>Fertig/fehlgeschlagen</translation>
    </message>
    <message>
        <source>ROUGE-1</source>
        <translation>ROUGE-1</translation>
    </message>
    <message>
        <source>ROUGE-2</source>
        <translation>ROUGE-2</translation>
    </message>
    <message>
        <source>ROUGE-L</source>
        <translation>ROUGE-L</translation>
    </message>
    <message>
        <source>METEOR</source>
        <translation>METEOR</translation>
    </message>
    <message>
        <source>BLEU</source>
        <translation>BLEU</translation>
    </message>
    <message>
        <source>Avg answer tokens</source>
        <translation>Mittl. Antwort-Tokens</translation>
    </message>
    <message>
        <source>failed: %1, sample %2: %3</source>
        <translation>fehlgeschlagen: %1, Beispiel %2: %3</translation>
    </message>
    <message>
        <source>… and %1 more failed samples</source>
        <translation>… und %1 weitere fehlgeschlagene Beispiele</translation>
    </message>
    <message>
        <source>Writes an experiment&apos;s comparison report.</source>
        <translation>Schreibt den Vergleichsbericht eines Experiments.</translation>
    </message>
    <message>
        <source>workspace folder</source>
        <translation>Ordner des Arbeitsbereichs</translation>
    </message>
    <message>
        <source>DIR</source>
        <translation>VERZ</translation>
    </message>
    <message>
        <source>name of the experiment</source>
        <translation>Name des Experiments</translation>
    </message>
    <message>
        <source>NAME</source>
        <translation>NAME</translation>
    </message>
    <message>
        <source>html, pdf, md, csv or json (default: from the output file&apos;s extension)</source>
        <translation>html, pdf, md, csv oder json (Standard: aus der Endung der Ausgabedatei)</translation>
    </message>
    <message>
        <source>FORMAT</source>
        <translation>FORMAT</translation>
    </message>
    <message>
        <source>file to write</source>
        <translation>zu schreibende Datei</translation>
    </message>
    <message>
        <source>CSV only: aggregate (one row per model, default) or per-sample</source>
        <translation>nur CSV: aggregate (eine Zeile pro Modell, Standard) oder per-sample</translation>
    </message>
    <message>
        <source>TABLE</source>
        <translation>TABELLE</translation>
    </message>
    <message>
        <source>PDF only: a4 (default) or letter</source>
        <translation>nur PDF: a4 (Standard) oder letter</translation>
    </message>
    <message>
        <source>SIZE</source>
        <translation>GRÖSSE</translation>
    </message>
    <message>
        <source>show 0–1 scores as they are instead of ×100 with one decimal</source>
        <translation>Werte von 0–1 unverändert zeigen statt ×100 mit einer Nachkommastelle</translation>
    </message>
    <message>
        <source>leave out each sample&apos;s outputs (HTML and PDF)</source>
        <translation>die Ausgaben der einzelnen Beispiele weglassen (HTML und PDF)</translation>
    </message>
    <message>
        <source>--format is required when the output file&apos;s extension does not name one (%1)</source>
        <translation>--format ist erforderlich, wenn die Endung der Ausgabedatei kein Format angibt (%1)</translation>
    </message>
    <message>
        <source>unknown format &apos;%1&apos; (formats: %2)</source>
        <translation>unbekanntes Format „%1“ (Formate: %2)</translation>
    </message>
    <message>
        <source>unknown table &apos;%1&apos; (tables: aggregate, per-sample)</source>
        <translation>unbekannte Tabelle „%1“ (Tabellen: aggregate, per-sample)</translation>
    </message>
    <message>
        <source>unknown page size &apos;%1&apos; (sizes: a4, letter)</source>
        <translation>unbekanntes Seitenformat „%1“ (Formate: a4, letter)</translation>
    </message>
    <message>
        <source>no workspace here</source>
        <translation>hier ist kein Arbeitsbereich</translation>
    </message>
    <message>
        <source>write an experiment&apos;s report (HTML, PDF, Markdown, CSV or JSON)</source>
        <translation>den Bericht eines Experiments schreiben (HTML, PDF, Markdown, CSV oder JSON)</translation>
    </message>
    <message>
        <source>Wrote the %1 report of &apos;%2&apos; to %3</source>
        <translation>%1-Bericht von „%2“ nach %3 geschrieben</translation>
    </message>
    <message>
        <source>The dataset&apos;s name (default: the file&apos;s base name).</source>
        <translation>Der Name des Datensatzes (Standard: der Basisname der Datei).</translation>
    </message>
    <message>
        <source>csv, json or jsonl (default: from the extension or the content).</source>
        <translation>csv, json oder jsonl (Standard: aus der Endung oder dem Inhalt).</translation>
    </message>
    <message>
        <source>The column holding each sample&apos;s id (default: detected, else the row number).</source>
        <translation>Die Spalte mit der ID jedes Beispiels (Standard: erkannt, sonst die Zeilennummer).</translation>
    </message>
    <message>
        <source>The column holding the source text (default: detected).</source>
        <translation>Die Spalte mit dem Quelltext (Standard: erkannt).</translation>
    </message>
    <message>
        <source>The column holding the reference text; empty for none (default: detected).</source>
        <translation>Die Spalte mit dem Referenztext; leer für keine (Standard: erkannt).</translation>
    </message>
    <message>
        <source>Comma-separated columns to keep as metadata (default: all others).</source>
        <translation>Kommagetrennte Spalten, die als Metadaten behalten werden (Standard: alle übrigen).</translation>
    </message>
    <message>
        <source>%1/%2 done, %3 failed, %4 req/s, ETA %5</source>
        <translation>%1/%2 fertig, %3 fehlgeschlagen, %4 Anfr./s, Restzeit %5</translation>
    </message>
    <message>
        <source>%1 from the cache</source>
        <translation>%1 aus dem Cache</translation>
    </message>
    <message>
        <source>judge.api_key_env: the environment variable %1 is not set; it should hold the API key of the judge</source>
        <translation>judge.api_key_env: Die Umgebungsvariable %1 ist nicht gesetzt; sie sollte den API-Schlüssel des Bewerters enthalten</translation>
    </message>
    <message>
        <source>Judging: %1</source>
        <translation>Bewerte: %1</translation>
    </message>
    <message>
        <source>smallest model size</source>
        <translation>kleinste Modellgröße</translation>
    </message>
    <message>
        <source>lowest cost</source>
        <translation>niedrigste Kosten</translation>
    </message>
    <message>
        <source>Recommendation (%1, not significantly worse than the best, %2): %3</source>
        <translation>Empfehlung (%1, nicht signifikant schlechter als das beste, %2): %3</translation>
    </message>
    <message>
        <source>G-Eval %1</source>
        <translation>G-Eval %1</translation>
    </message>
</context>
<context>
    <name>caliper::keychain</name>
    <message>
        <source>the keychain has no entry &apos;%1&apos;</source>
        <translation>der Schlüsselbund hat keinen Eintrag „%1“</translation>
    </message>
    <message>
        <source>no keychain service is running (no Secret Service on the D-Bus session); give the API key in an environment variable such as DEEPSEEK_API_KEY instead</source>
        <translation>es läuft kein Schlüsselbund-Dienst (kein Secret Service in der D-Bus-Sitzung); den API-Schlüssel bitte stattdessen in einer Umgebungsvariablen wie DEEPSEEK_API_KEY angeben</translation>
    </message>
    <message>
        <source>access to the keychain was denied (%1)</source>
        <translation>der Zugriff auf den Schlüsselbund wurde verweigert (%1)</translation>
    </message>
    <message>
        <source>the keychain failed: %1</source>
        <translation>Fehler im Schlüsselbund: %1</translation>
    </message>
    <message>
        <source>the keychain did not answer in time (is it locked, waiting for a password?)</source>
        <translation>der Schlüsselbund hat nicht rechtzeitig geantwortet (ist er gesperrt und wartet auf ein Passwort?)</translation>
    </message>
</context>
<context>
    <name>caliper::meteor</name>
    <message>
        <source>METEOR</source>
        <translation>METEOR</translation>
    </message>
    <message>
        <source>METEOR (no synonyms)</source>
        <translation>METEOR (ohne Synonyme)</translation>
    </message>
</context>
<context>
    <name>caliper::metrics</name>
    <message>
        <source>ROUGE-1</source>
        <translation>ROUGE-1</translation>
    </message>
    <message>
        <source>ROUGE-1 precision</source>
        <translation>ROUGE-1-Präzision</translation>
    </message>
    <message>
        <source>ROUGE-1 recall</source>
        <translation>ROUGE-1-Recall</translation>
    </message>
    <message>
        <source>ROUGE-2</source>
        <translation>ROUGE-2</translation>
    </message>
    <message>
        <source>ROUGE-2 precision</source>
        <translation>ROUGE-2-Präzision</translation>
    </message>
    <message>
        <source>ROUGE-2 recall</source>
        <translation>ROUGE-2-Recall</translation>
    </message>
    <message>
        <source>ROUGE-L</source>
        <translation>ROUGE-L</translation>
    </message>
    <message>
        <source>ROUGE-L precision</source>
        <translation>ROUGE-L-Präzision</translation>
    </message>
    <message>
        <source>ROUGE-L recall</source>
        <translation>ROUGE-L-Recall</translation>
    </message>
    <message>
        <source>ROUGE-Lsum</source>
        <translation>ROUGE-Lsum</translation>
    </message>
    <message>
        <source>ROUGE-Lsum precision</source>
        <translation>ROUGE-Lsum-Präzision</translation>
    </message>
    <message>
        <source>ROUGE-Lsum recall</source>
        <translation>ROUGE-Lsum-Recall</translation>
    </message>
    <message>
        <source>ROUGE</source>
        <translation>ROUGE</translation>
    </message>
    <message>
        <source>Word and word-pair overlap and longest common subsequence (rouge-score 0.1.2)</source>
        <translation>Überlappung von Wörtern und Wortpaaren sowie längste gemeinsame Teilfolge (rouge-score 0.1.2)</translation>
    </message>
    <message>
        <source>BLEU</source>
        <translation>BLEU</translation>
    </message>
    <message>
        <source>N-gram precision with a brevity penalty: sacrebleu&apos;s sentence BLEU (0–100) and Lumigator&apos;s (Hugging Face evaluate, 0–1)</source>
        <translation>N-Gramm-Präzision mit Kürzestrafe: Satz-BLEU von sacrebleu (0–100) und von Lumigator (Hugging Face evaluate, 0–1)</translation>
    </message>
    <message>
        <source>sacreBLEU</source>
        <translation>sacreBLEU</translation>
    </message>
    <message>
        <source>BLEU (Lumigator)</source>
        <translation>BLEU (Lumigator)</translation>
    </message>
    <message>
        <source>Unigram alignment by exact words, Porter stems and WordNet synonyms, with a fragmentation penalty (NLTK 3.8)</source>
        <translation>Unigramm-Zuordnung über exakte Wörter, Porter-Wortstämme und WordNet-Synonyme, mit Fragmentierungsstrafe (NLTK 3.8)</translation>
    </message>
    <message>
        <source>Tokens</source>
        <translation>Tokens</translation>
    </message>
    <message>
        <source>Length of the answer and of the reasoning: cl100k_base tokens, words, and Lumigator&apos;s estimate (words / 0.75)</source>
        <translation>Länge der Antwort und der Denkschritte: cl100k_base-Tokens, Wörter und die Schätzung von Lumigator (Wörter / 0,75)</translation>
    </message>
    <message>
        <source>Answer tokens</source>
        <translation>Tokens der Antwort</translation>
    </message>
    <message>
        <source>Reasoning tokens</source>
        <translation>Tokens der Denkschritte</translation>
    </message>
    <message>
        <source>Answer words</source>
        <translation>Wörter der Antwort</translation>
    </message>
    <message>
        <source>Answer tokens (Lumigator estimate)</source>
        <translation>Tokens der Antwort (Lumigator-Schätzung)</translation>
    </message>
    <message>
        <source>unknown metric &apos;%1&apos; (known: %2)</source>
        <translation>unbekannte Metrik „%1“ (bekannt: %2)</translation>
    </message>
</context>
<context>
    <name>caliper::resultssnapshot</name>
    <message>
        <source>cannot create the folder for the results cache</source>
        <translation>der Ordner für den Ergebnis-Cache kann nicht angelegt werden</translation>
    </message>
    <message>
        <source>cannot write the results cache: %1</source>
        <translation>der Ergebnis-Cache kann nicht geschrieben werden: %1</translation>
    </message>
</context>
<context>
    <name>caliper::stats</name>
    <message>
        <source>cannot compare models scored on %1 and %2 samples</source>
        <translation>Modelle, die auf %1 und %2 Beispielen bewertet wurden, lassen sich nicht vergleichen</translation>
    </message>
    <message>
        <source>cannot pair %1 scores with %2: both models must be scored on the same samples</source>
        <translation>%1 Bewertungen lassen sich nicht mit %2 paaren: Beide Modelle müssen auf denselben Beispielen bewertet sein</translation>
    </message>
</context>
</TS>
