#pragma once

// Keeps secrets in this process's memory out of core dumps and away from other processes'
// ptrace. Call first thing in main().
void hardenProcess();
