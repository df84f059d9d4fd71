"""Shared lines of the whole-page cleaning tests (tests/test_clean_page_*.py): four paragraphs of an article,
a menu and a footer, in German."""

P = (("Die Bundesregierung hat am Mittwoch ein neues Gesetz zur Förderung erneuerbarer Energien beschlossen, das den "
      "Ausbau von Wind- und Solaranlagen in den kommenden Jahren deutlich beschleunigen soll, sagte der Minister."),
     ("Kritiker bemängelten jedoch, dass die vorgesehenen Mittel nicht ausreichen würden, um die Ziele bis zum Ende "
      "des Jahrzehnts zu erreichen, und forderten weitere Nachbesserungen im parlamentarischen Verfahren."),
     ("Der Bundestag soll sich noch vor der Sommerpause mit dem Entwurf befassen, wie aus Koalitionskreisen "
      "verlautete, und die Länder haben bereits eigene Vorschläge angekündigt, die nun geprüft werden."),
     ("Die Opposition kündigte an, im Ausschuss zahlreiche Änderungsanträge einzubringen, und verlangte eine "
      "Anhörung von Sachverständigen aus Wissenschaft, Wirtschaft und Umweltverbänden noch in diesem Monat."))
MENU = ("Startseite", "Politik", "Wirtschaft", "Sport", "Kultur", "Wissen", "Anmelden", "Suche", "Newsletter")
FOOT = ("Impressum", "Datenschutz", "Kontakt", "AGB", "Cookie-Einstellungen", "Cookies verwalten")
