#!/usr/bin/env node
// The `consentry` command: `consentry <command> …`. Each command is its own module, loaded on demand.
const COMMANDS: Record<string, () => Promise<{ run(args: string[]): Promise<number> }>> = {
  audit: () => import('../audit/cli.js')
}

const HELP = `Usage: consentry <command> [options]

Commands:
${Object.keys(COMMANDS).map(name => `  ${name}`).join('\n')}

Run "consentry <command> --help" for a command's options.`

async function main(args: string[]): Promise<number> {
  let [command, ...rest] = args
  if (command === undefined || command === '--help' || command === '-h' || command === 'help') {
    process.stdout.write(HELP + '\n')
    return command === undefined ? 2 : 0
  }
  let load = Object.hasOwn(COMMANDS, command) ? COMMANDS[command] : undefined
  if (!load) {
    process.stderr.write(`consentry: unknown command "${command}"\n\n${HELP}\n`)
    return 2
  }
  return (await load()).run(rest)
}

main(process.argv.slice(2)).then(
  code => {
    process.exitCode = code
  },
  (error: unknown) => {
    process.stderr.write(`consentry: ${error instanceof Error ? error.message : String(error)}\n`)
    process.exitCode = 2
  }
)
