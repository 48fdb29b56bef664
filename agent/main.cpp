#include "cli/cli.h"
#include "core/agenttext.h"

#include <QCoreApplication>

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    Qddns::installAgentTranslator(app);
    return Qddns::runAgentCli(app);
}
