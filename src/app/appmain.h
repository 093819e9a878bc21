#pragma once

namespace loket {
// Parses the command line, loads the questionnaire, and runs the Qt Quick UI.
int runApp(int argc, char *argv[]);
} // namespace loket
