using ChainGraph.Domain.Model;
using ChainGraph.Domain.Store;

namespace ChainGraph.Domain.Lookup;

/// <summary>The order of a project listing; projects without a value (an undisclosed investment) come last, ties by id.</summary>
public readonly record struct ProjectOrder(ProjectOrderField Field, bool Descending = false)
{
    public static ProjectOrder ById => new(ProjectOrderField.Id);

    public OrderKey KeyOf(Project project) => Field switch
    {
        ProjectOrderField.NameZh => new OrderKey(project.NameZh, null),
        ProjectOrderField.StatusDate => new OrderKey(null, project.StatusDate.DayNumber),
        ProjectOrderField.InvestmentYuan => new OrderKey(null, project.InvestmentYuan),
        _ => default,
    };

    public PagePosition PositionOf(Project project) => new(project.Id, KeyOf(project));

    public int Compare(PagePosition x, PagePosition y) => PositionOrder.Compare(x, y, Field != ProjectOrderField.Id, Descending);
}
