# bash completion for drilldeck: its commands, each command's options and their values.
# tests/app/tst_commandlinedocs.cpp checks that it knows every command and option the program has.

_drilldeck()
{
    local cur prev words cword
    _init_completion || return

    local commands="validate history chart report evidence verify import run backup restore sign-off status calendar"
    local command="" i
    for ((i = 1; i < cword; i++)); do
        case ${words[i]} in
            --db) ((i++)) ;;
            -*) ;;
            *) command=${words[i]}; break ;;
        esac
    done

    case $prev in
        --db | --out | --junit | --allowed-signers)
            _filedir
            return
            ;;
        --format)
            case $command in
                history | status) COMPREPLY=($(compgen -W "table csv json" -- "$cur")) ;;
                report) COMPREPLY=($(compgen -W "md html pdf" -- "$cur")) ;;
            esac
            return
            ;;
        --page)
            COMPREPLY=($(compgen -W "a4 letter" -- "$cur"))
            return
            ;;
        --measure)
            COMPREPLY=($(compgen -W "rto wall active hands-on waiting" -- "$cur"))
            return
            ;;
        --x-axis)
            COMPREPLY=($(compgen -W "iteration date" -- "$cur"))
            return
            ;;
        --runs)
            COMPREPLY=($(compgen -W "hand automated both" -- "$cur"))
            return
            ;;
        --sign)
            COMPREPLY=($(compgen -W "gpg gpg: ssh:" -- "$cur"))
            return
            ;;
        --runbook | --environment | --drill | --size | --env | --jobs | --today)
            return
            ;;
    esac

    local options
    case $command in
        "")
            options="--db --demo --help --help-all --version"
            if [[ $cur == -* ]]; then
                COMPREPLY=($(compgen -W "$options" -- "$cur"))
            else
                COMPREPLY=($(compgen -W "$commands" -- "$cur"))
                _filedir '@(yaml|yml)'
            fi
            return
            ;;
        validate) options="--help --quiet" ;;
        history) options="--help --db --demo --runbook --environment --runs --format" ;;
        chart) options="--help --db --demo --runbook --environment --runs --measure --x-axis --drill --out --size" ;;
        report) options="--help --db --demo --format --page --out --from --to" ;;
        evidence) options="--help --db --demo --page --out --sign" ;;
        verify) options="--help --allowed-signers" ;;
        import) options="--help --out" ;;
        run) options="--help --db --env --junit --trust --jobs --keep-going" ;;
        backup) options="--help --db --out" ;;
        restore) options="--help --db" ;;
        sign-off) options="--help --db --name --role --statement --reservations" ;;
        status) options="--help --db --demo --format --today" ;;
        calendar) options="--help --db --demo --out --today" ;;
    esac

    if [[ $cur == -* ]]; then
        COMPREPLY=($(compgen -W "$options" -- "$cur"))
        return
    fi
    case $command in
        validate) _filedir '@(yaml|yml)' ;;
        chart)
            # The kind, once: the first word after "chart" that is not an option.
            local kind="" j
            for ((j = i + 1; j < cword; j++)); do
                case ${words[j]} in
                    -*) ;;
                    *) case ${words[j - 1]} in --db | --out | --runbook | --environment | --runs | --measure | --x-axis | --drill | --size) ;; *) kind=${words[j]} ;; esac ;;
                esac
            done
            [[ -z $kind ]] && COMPREPLY=($(compgen -W "trend phases rpo automation steps timeline" -- "$cur"))
            ;;
        report) COMPREPLY=($(compgen -W "last" -- "$cur")) ;;
        evidence) COMPREPLY=($(compgen -W "last" -- "$cur")) ;;
        verify) _filedir zip ;;
        import) _filedir '@(md|markdown)' ;;
        run) _filedir '@(yaml|yml)' ;;
        restore) _filedir ;;
    esac
} &&
    complete -F _drilldeck drilldeck
