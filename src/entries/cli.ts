#!/usr/bin/env node
// The `consentry` command: a table of subcommands, each loaded only when it runs. Add one with a
// line: `name: { summary: '…', load: () => import('../name/cli.js') }`.

interface Command {
  summary: string
  /** The module's `run(args)` resolves to the exit code. */
  load: () => Promise<{ run(args: string[]): Promise<number> }>
}

const COMMANDS: Record<string, Command> = {
  audit: { summary: 'check that a live site asks before it tracks (Chromium)', load: () => import('../audit/cli.js') },
  ledger: { summary: 'receive, keep and purge consent records (PGlite or PostgreSQL)', load: () => import('../ledger/cli.js') }
}

function help(): string {
  let lines = Object.entries(COMMANDS).map(([name, command]) => `  ${name.padEnd(10)} ${command.summary}`)
  return `Usage: consentry <command> [options]\n\nCommands:\n${lines.join('\n')}\n\nRun "consentry <command> --help" for its options.`
}

async function main(args: string[]): Promise<number> {
  let [name, ...rest] = args
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    console.log(help())
    return name === undefined ? 2 : 0
  }
  let command = Object.hasOwn(COMMANDS, name) ? COMMANDS[name] : undefined
  if (!command) {
    console.error(`consentry: unknown command "${name}"\n\n${help()}`)
    return 2
  }
  let module = await command.load()
  return module.run(rest)
}

main(process.argv.slice(2)).then(
  code => {
    process.exitCode = code
  },
  (error: unknown) => {
    // One readable line, never a bare stack trace.
    console.error(`consentry: ${error instanceof Error ? error.message : String(error)}`)
    process.exitCode = 2
  }
)
