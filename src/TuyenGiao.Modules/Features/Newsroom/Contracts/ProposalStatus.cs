namespace TuyenGiao.Modules.Features.Newsroom.Contracts;

public enum ProposalStatus
{
    Pending = 0,
    Accepted = 1,
    Declined = 2,
    Withdrawn = 3,
}
